import { and, asc, eq, sql } from 'drizzle-orm';
import type { Note } from '../../shared/schemas/note';
import type { Db } from '../db/client';
import { notes, participants, placements, proposals } from '../db/schema';

type NoteRow = typeof notes.$inferSelect;

/** A note as the wire shows it, with its author's display name as it is now. */
const toNote = (row: NoteRow, authorName: string | null): Note => ({
  id: row.id,
  proposalId: row.proposalId,
  authorId: row.authorId,
  authorName: authorName || null,
  text: row.text,
  hidden: row.hidden,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Written order; rowid breaks ties between notes written in the same millisecond. */
const written = [asc(notes.createdAt), sql`notes.rowid`];

const withAuthor = (db: Db) =>
  db
    .select({ row: notes, authorName: participants.name })
    .from(notes)
    .leftJoin(participants, eq(participants.id, notes.authorId));

/** Every note of a session, oldest first; hidden ones only when asked for. */
export function listNotes(db: Db, proposalId: string, withHidden: boolean): Note[] {
  const onSession = eq(notes.proposalId, proposalId);
  return withAuthor(db)
    .where(withHidden ? onSession : and(onSession, eq(notes.hidden, false)))
    .orderBy(...written)
    .all()
    .map(({ row, authorName }) => toNote(row, authorName));
}

/** The notes of a whole event: the visible ones for the proceedings, all for the export. */
export function listEventNotes(db: Db, eventId: string, withHidden = false): Note[] {
  const ofEvent = eq(notes.eventId, eventId);
  return withAuthor(db)
    .where(withHidden ? ofEvent : and(ofEvent, eq(notes.hidden, false)))
    .orderBy(...written)
    .all()
    .map(({ row, authorName }) => toNote(row, authorName));
}

export function readNote(db: Db, eventId: string, proposalId: string, noteId: string) {
  const found = withAuthor(db)
    .where(and(eq(notes.id, noteId), eq(notes.proposalId, proposalId), eq(notes.eventId, eventId)))
    .get();
  return found && toNote(found.row, found.authorName);
}

/** Whether the proposal is a session on the grid: only those have notes. */
export function isPlacedSession(db: Db, eventId: string, proposalId: string): boolean {
  const found = db
    .select({ hidden: proposals.hidden, mergedIntoId: proposals.mergedIntoId })
    .from(placements)
    .innerJoin(proposals, eq(proposals.id, placements.proposalId))
    .where(and(eq(placements.proposalId, proposalId), eq(placements.eventId, eventId)))
    .get();
  return !!found && !found.hidden && !found.mergedIntoId;
}
