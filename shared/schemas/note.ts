import { Type, type Static } from '@sinclair/typebox';
import { NOTE_MAX_LENGTH } from '../note-limits';
import { IdSchema } from './common';

/**
 * One note on a session. Notes are appended entries, each its own row: two people writing at
 * once add two notes, and nothing has to be merged.
 */
export const NoteSchema = Type.Object({
  id: IdSchema,
  proposalId: IdSchema,
  /** The participant who wrote it; null when a facilitator did. */
  authorId: Type.Union([IdSchema, Type.Null()]),
  /** The author's display name now; null when they gave none (or a facilitator wrote it). */
  authorName: Type.Union([Type.String(), Type.Null()]),
  text: Type.String(),
  /** Hidden by a facilitator: only facilitators still see it. */
  hidden: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Note = Static<typeof NoteSchema>;

const text = Type.String({ minLength: 1, maxLength: NOTE_MAX_LENGTH });

export const NoteInputSchema = Type.Object({ text }, { additionalProperties: false });
export type NoteInput = Static<typeof NoteInputSchema>;

/** `text` is the author's to change, `hidden` the facilitator's. */
export const NotePatchSchema = Type.Object(
  { text: Type.Optional(text), hidden: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type NotePatch = Static<typeof NotePatchSchema>;

export const NoteParamsSchema = Type.Object({
  eventId: IdSchema,
  proposalId: IdSchema,
  noteId: IdSchema,
});
export const NoteResponseSchema = Type.Object({ note: NoteSchema });
export const NoteListSchema = Type.Object({ notes: Type.Array(NoteSchema) });
export type NoteList = Static<typeof NoteListSchema>;
