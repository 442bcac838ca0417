import { Type, type Static } from '@sinclair/typebox';
import { IdSchema } from './common';
import { ProposalSchema } from './proposal';

export const PlacementSchema = Type.Object({
  proposalId: IdSchema,
  roomId: IdSchema,
  slotId: IdSchema,
  pinned: Type.Boolean(),
});
export type Placement = Static<typeof PlacementSchema>;

/** The event version a grid write was made against; a stale one is refused with 409. */
const VersionSchema = Type.Integer({ minimum: 0 });

export const PlaceInputSchema = Type.Object(
  {
    roomId: IdSchema,
    slotId: IdSchema,
    pinned: Type.Optional(Type.Boolean()),
    /** Swap with the proposal in the target cell instead of refusing. */
    swap: Type.Optional(Type.Boolean()),
    version: Type.Optional(VersionSchema),
  },
  { additionalProperties: false },
);
export type PlaceInput = Static<typeof PlaceInputSchema>;

export const PlaceResultSchema = Type.Object({
  placement: PlacementSchema,
  /** Every placement the write changed (a swap moves two); removed ones are in `removed`. */
  placements: Type.Array(PlacementSchema),
  removed: Type.Array(IdSchema),
  version: Type.Integer(),
});

export const VersionQuerySchema = Type.Object(
  { version: Type.Optional(Type.String({ pattern: '^\\d{1,15}$' })) },
  { additionalProperties: false },
);

export const VersionBodySchema = Type.Object(
  { version: Type.Optional(VersionSchema) },
  { additionalProperties: false },
);

export const HistoryResultSchema = Type.Object({
  version: Type.Integer(),
  canUndo: Type.Boolean(),
  canRedo: Type.Boolean(),
});

export const MergeInputSchema = Type.Object(
  { intoId: IdSchema, version: Type.Optional(VersionSchema) },
  { additionalProperties: false },
);
export type MergeInput = Static<typeof MergeInputSchema>;

/** The merged proposal and the event version the merge produced (send it with an undo). */
export const MergeResultSchema = Type.Object({ proposal: ProposalSchema, version: Type.Integer() });
