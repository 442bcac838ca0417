import {
  publishedAgenda,
  type PublishedAgenda,
  type PublishedSession,
} from './export/published-agenda';
import type { ExportSource } from './export/export-source';
import type { Format } from './formats';
import type { Note } from './schemas/note';
import { agendaVisible, talliesVisible } from './phases';
import { groupByDay } from './zoned-time';

/**
 * The proceedings (issue 10 §2): every session of the published agenda, day by day and slot by
 * slot, as the public may see it. Built from the public snapshot, so it holds nothing a viewer
 * without a token could not already read; the tally rule is applied here once more so that a
 * snapshot with more in it (a facilitator's) still gives the public's page.
 */

export interface ProceedingsSession {
  id: string;
  title: string;
  description: string;
  hosts: readonly string[];
  format: Format;
  room: string;
  /** Null while blind voting still hides the totals from the public. */
  tally: { dots: number; voters: number } | null;
}

/** A note as the record keeps it: what was written and by whom, nothing to moderate. */
export interface ProceedingsNote {
  id: string;
  text: string;
  authorName: string | null;
}

/** A session on the proceedings page: as on the door, and with its notes. */
export interface ProceedingsEntry extends ProceedingsSession {
  /** Visible notes, in the order they were written. */
  notes: ProceedingsNote[];
}

export interface ProceedingsSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  /** Breaks are left out: in a record of the day they are the time between sessions. */
  kind: 'session' | 'plenary';
  label: string;
  /** In room order; empty for a plenary. */
  sessions: ProceedingsEntry[];
}

export interface ProceedingsDay {
  /** YYYY-MM-DD on the event's clock. */
  date: string;
  slots: ProceedingsSlot[];
}

export type Proceedings =
  | { published: false }
  | { published: true; days: ProceedingsDay[]; sessions: number; rooms: number };

/**
 * The published agenda as the public may read it, and how each placed session reads there; null
 * before the agenda is published (the rule calendar.ics follows). The door sheets read it too.
 */
export function publicAgenda(
  source: ExportSource,
): { agenda: PublishedAgenda; sessionOf: (placed: PublishedSession) => ProceedingsSession } | null {
  const { event } = source;
  if (!agendaVisible(event.phase, 'participant')) return null;
  const showTallies = talliesVisible(event.phase, event.blindVoting, 'participant');
  const sessionOf = ({ room, proposal: p }: PublishedSession): ProceedingsSession => ({
    id: p.id,
    title: p.title,
    description: p.description,
    hosts: p.hosts,
    format: p.format,
    room: room.name,
    tally:
      showTallies && p.dots !== null && p.voters !== null
        ? { dots: p.dots, voters: p.voters }
        : null,
  });
  return { agenda: publishedAgenda(source), sessionOf };
}

/**
 * A session's place on the proceedings page (`#session-<id>`), with its notes. Ids are
 * base64url, so the anchor is a valid id as it is.
 */
export const sessionAnchor = (sessionId: string) => `session-${sessionId}`;

/** Each session's visible notes, in the order given (the order they were written). */
function notesBySession(notes: readonly Note[]): Map<string, ProceedingsNote[]> {
  const by = new Map<string, ProceedingsNote[]>();
  for (const { id, proposalId, text, authorName, hidden } of notes) {
    if (hidden) continue;
    const list = by.get(proposalId) ?? [];
    list.push({ id, text, authorName });
    by.set(proposalId, list);
  }
  return by;
}

/** Before the agenda is published there is nothing to list, notes included. */
export function proceedingsOf(source: ExportSource, notes: readonly Note[] = []): Proceedings {
  const pub = publicAgenda(source);
  if (!pub) return { published: false };
  const { agenda } = pub;
  const notesOf = notesBySession(notes);
  const sessionOf = (placed: PublishedSession): ProceedingsEntry => ({
    ...pub.sessionOf(placed),
    notes: notesOf.get(placed.proposal.id) ?? [],
  });

  const slots: ProceedingsSlot[] = agenda.slots.flatMap((slot) => {
    if (slot.kind === 'break') return [];
    const sessions = agenda.sessions.filter((s) => s.slot.id === slot.id).map(sessionOf);
    if (slot.kind === 'session' && sessions.length === 0) return [];
    const { id, startsAt, endsAt, kind, label } = slot;
    return [{ id, startsAt, endsAt, kind, label, sessions }];
  });

  return {
    published: true,
    days: groupByDay(slots, source.event.timezone).map(({ date, items }) => ({
      date,
      slots: items,
    })),
    sessions: agenda.sessions.length,
    rooms: new Set(agenda.sessions.map((s) => s.room.id)).size,
  };
}
