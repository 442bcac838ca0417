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
  }),
]);
export type Me = Static<typeof MeSchema>;

export const SnapshotSchema = Type.Object({
  event: EventSchema,
  rooms: Type.Array(RoomSchema),
  slots: Type.Array(SlotSchema),
  proposals: Type.Array(ProposalSchema),
  placements: Type.Array(PlacementSchema),
  /** Grows with every change to the event; every socket delta carries the new one. */
  version: Type.Integer(),
  me: Type.Optional(MeSchema),
});
export type Snapshot = Static<typeof SnapshotSchema>;
