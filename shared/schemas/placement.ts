import { Type, type Static } from '@sinclair/typebox';
import { IdSchema } from './common';

export const PlacementSchema = Type.Object({
  proposalId: IdSchema,
  roomId: IdSchema,
  slotId: IdSchema,
  pinned: Type.Boolean(),
});
export type Placement = Static<typeof PlacementSchema>;
