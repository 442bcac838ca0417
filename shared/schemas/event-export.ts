import { Type, type Static } from '@sinclair/typebox';
import { EXPORT_FORMAT, EXPORT_MAX, EXPORT_VERSIONS_READ } from '../export/export-format';
import { NOTE_MAX_LENGTH } from '../note-limits';
import { DateSchema, DateTimeSchema, IdSchema } from './common';
import { LanguageSchema, PhaseSchema } from './event';
import { FormatSchema } from './proposal';
import { SlotKindSchema } from './slot';

/**
 * The whole event as a file (`GET …/export.json`), and what `POST /api/events/import` reads
 * back: one schema for both, so that every export imports. Ids only tie the file together
 * (a placement names its session, room and slot); an import gives everything new ids. Never
 * in it: tokens, participants, or who voted for what. docs/api.md describes each field.
 */

const Count = Type.Integer({ minimum: 0, maximum: 1_000_000 });

export const ExportedEventSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    date: Type.Union([DateSchema, Type.Null()]),
    timezone: Type.String({ minLength: 1, maxLength: 64 }),
    language: LanguageSchema,
    phase: PhaseSchema,
    dotsPerParticipant: Type.Integer({ minimum: 1, maximum: 100 }),
    maxDotsPerProposal: Type.Integer({ minimum: 1, maximum: 100 }),
    blindVoting: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const ExportedRoomSchema = Type.Object(
  {
    id: IdSchema,
    name: Type.String({ minLength: 1, maxLength: 80 }),
    capacity: Type.Integer({ minimum: 1, maximum: 100_000 }),
    notes: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const ExportedSlotSchema = Type.Object(
  {
    id: IdSchema,
    startsAt: DateTimeSchema,
    endsAt: DateTimeSchema,
    kind: SlotKindSchema,
    label: Type.String({ maxLength: 80 }),
  },
  { additionalProperties: false },
);

/** A note as the record keeps it: never whose participant it was, only the name they gave. */
export const ExportedNoteSchema = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: NOTE_MAX_LENGTH }),
    authorName: Type.Union([Type.String({ maxLength: 60 }), Type.Null()]),
    hidden: Type.Boolean(),
    createdAt: DateTimeSchema,
  },
  { additionalProperties: false },
);

export const ExportedSessionSchema = Type.Object(
  {
    id: IdSchema,
    title: Type.String({ minLength: 1, maxLength: 120 }),
    description: Type.String({ maxLength: 2000 }),
    /** Up to 6 from a pitch, more after merging duplicates: merging unites their hosts. */
    hosts: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 100 }),
    format: FormatSchema,
    hidden: Type.Boolean(),
    /** Totals only: never whose dots they are. Not imported (there are no voters to own them). */
    dots: Count,
    voters: Count,
    /** How many participants starred it (meant to attend); from version 3. Not imported either. */
    stars: Type.Optional(Count),
    /**
     * In the order written, hidden ones marked (always empty in version 1). Not imported: they
     * are the record of the day they were written on.
     */
    notes: Type.Array(ExportedNoteSchema, { maxItems: EXPORT_MAX.notes }),
  },
  { additionalProperties: false },
);

export const ExportedPlacementSchema = Type.Object(
  { sessionId: IdSchema, roomId: IdSchema, slotId: IdSchema, pinned: Type.Boolean() },
  { additionalProperties: false },
);

export const EventExportSchema = Type.Object(
  {
    format: Type.Literal(EXPORT_FORMAT),
    version: Type.Union(EXPORT_VERSIONS_READ.map((v) => Type.Literal(v))),
    exportedAt: DateTimeSchema,
    event: ExportedEventSchema,
    rooms: Type.Array(ExportedRoomSchema, { maxItems: EXPORT_MAX.rooms }),
    slots: Type.Array(ExportedSlotSchema, { maxItems: EXPORT_MAX.slots }),
    sessions: Type.Array(ExportedSessionSchema, { maxItems: EXPORT_MAX.sessions }),
    placements: Type.Array(ExportedPlacementSchema, { maxItems: EXPORT_MAX.sessions }),
  },
  { additionalProperties: false },
);
export type EventExport = Static<typeof EventExportSchema>;
export type ExportedSession = Static<typeof ExportedSessionSchema>;
