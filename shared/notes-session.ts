import type { ExportSource } from './export/export-source';
import { publishedAgenda } from './export/published-agenda';

/** What a session's notes page says about the session above its notes. */
export interface NotesSession {
  id: string;
  title: string;
  hosts: readonly string[];
  /** Unique among the rooms, as on the door sheets. */
  room: string;
  startsAt: string;
  endsAt: string;
}

/**
 * The session a notes page is about, from the snapshot its reader may see: null when it is not
 * on the grid (not placed, hidden, merged away) or the reader may not see the grid yet, so the
 * page has nothing to show notes for.
 */
export function notesSessionOf(source: ExportSource, proposalId: string): NotesSession | null {
  const placed = publishedAgenda(source).sessions.find((s) => s.proposal.id === proposalId);
  if (!placed) return null;
  const { proposal, roomName, slot } = placed;
  return {
    id: proposal.id,
    title: proposal.title,
    hosts: proposal.hosts,
    room: roomName,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
  };
}
