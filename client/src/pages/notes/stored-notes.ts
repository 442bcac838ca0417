import type { NotesSession } from '../../../../shared/notes-session';
import type { Language } from '../../../../shared/languages';
import type { Note } from '../../../../shared/schemas/note';

/**
 * This device's last copy of one session's notes page, for when the network is gone: the
 * event's name, language and clock, the session's title, room and time, and its notes. Keyed
 * by the page's own address (join code and session), so that it opens without the server.
 */
export interface NotesRecord {
  /** When the copy was the server's (ms since the epoch). */
  savedAt: number;
  event: { id: string; name: string; language: Language; timezone: string };
  session: NotesSession;
  notes: Note[];
}

const PREFIX = 'knyta:notes:';
const FORMAT = 1;
/** Notes pages kept on the device; the oldest go first. */
const KEEP_PAGES = 30;
/** A session with more notes keeps its latest ones: a copy stays a few kilobytes. */
const KEEP_NOTES = 200;

const keyOf = (joinCode: string, proposalId: string) => `${PREFIX}${joinCode}:${proposalId}`;

export function readNotesRecord(joinCode: string, proposalId: string): NotesRecord | null {
  try {
    const { v, ...record } = JSON.parse(localStorage.getItem(keyOf(joinCode, proposalId))!);
    return v === FORMAT &&
      record.savedAt > 0 &&
      typeof record.event?.id === 'string' &&
      typeof record.session?.title === 'string' &&
      Array.isArray(record.notes)
      ? (record as NotesRecord)
      : null;
  } catch {
    return null;
  }
}

export function writeNotesRecord(joinCode: string, proposalId: string, record: NotesRecord): void {
  try {
    const kept = { ...record, notes: record.notes.slice(-KEEP_NOTES) };
    localStorage.setItem(keyOf(joinCode, proposalId), JSON.stringify({ v: FORMAT, ...kept }));
    pruneNotesRecords();
  } catch {
    // Full or private storage: the page works, only not offline.
  }
}

/** Keeps the most recently saved pages only. */
function pruneNotesRecords(): void {
  const saved = Object.keys(localStorage)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => {
      try {
        return { key, at: Number(JSON.parse(localStorage.getItem(key)!).savedAt) || 0 };
      } catch {
        return { key, at: 0 };
      }
    })
    .sort((a, b) => b.at - a.at);
  for (const { key } of saved.slice(KEEP_PAGES)) localStorage.removeItem(key);
}
