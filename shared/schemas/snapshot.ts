import { Type, type Static } from '@sinclair/typebox';
import { EventSchema } from './event';
import { ParticipantSchema } from './participant';
import { PlacementSchema } from './placement';
import { ProposalSchema } from './proposal';
import { RoomSchema } from './room';
import { SlotSchema } from './slot';

/** What the caller's token makes them: their own dots, or the facilitator's view. */
export const MeSchema = Type.Union([
  Type.Object({ role: Type.Literal('admin') }),
  Type.Object({
    role: Type.Literal('participant'),
    participant: ParticipantSchema,
    /** proposalId → dots this participant has on it. */
    votes: Type.Record(Type.String(), Type.Integer()),
    remaining: Type.Integer(),
    /** The sessions I starred (what I mean to attend), in no particular order. */
    starred: Type.Array(Type.String()),
    /**
     * My own calendar feed (starred and hosted sessions); null until the agenda is out, or if
     * the Host was no plain host.
     */
    calendarUrl: Type.Union([Type.String(), Type.Null()]),
  }),
]);
export type Me = Static<typeof MeSchema>;

export const BallotSchema = Type.Object({
  participantId: Type.String(),
  proposalId: Type.String(),
  dots: Type.Integer(),
});
export type BallotWire = Static<typeof BallotSchema>;

/** What only facilitators get: who voted on what (for the grid's warnings) and the history. */
export const AdminViewSchema = Type.Object({
  ballots: Type.Array(BallotSchema),
  avoidPairs: Type.Array(Type.Tuple([Type.String(), Type.String()])),
  canUndo: Type.Boolean(),
  canRedo: Type.Boolean(),
  /** proposalId → how many participants starred it (absent: none): expected attendance. */
  stars: Type.Record(Type.String(), Type.Integer()),
});
export type AdminView = Static<typeof AdminViewSchema>;

export const SnapshotSchema = Type.Object({
  event: EventSchema,
  rooms: Type.Array(RoomSchema),
  slots: Type.Array(SlotSchema),
  proposals: Type.Array(ProposalSchema),
  placements: Type.Array(PlacementSchema),
  /** Grows with every change to the event; every socket delta carries the new one. */
  version: Type.Integer(),
  me: Type.Optional(MeSchema),
  admin: Type.Optional(AdminViewSchema),
});
export type Snapshot = Static<typeof SnapshotSchema>;

/** A 304: the snapshot has not changed since the ETag the client sent. */
export const NotModifiedSchema = Type.Null();
