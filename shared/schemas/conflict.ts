import { Type, type Static } from '@sinclair/typebox';
import { IdSchema } from './common';

export const WarningSchema = Type.Union([
  Type.Object({
    kind: Type.Literal('host_clash'),
    slotId: IdSchema,
    host: Type.String(),
    proposalIds: Type.Array(IdSchema),
  }),
  Type.Object({
    kind: Type.Literal('over_capacity'),
    slotId: IdSchema,
    roomId: IdSchema,
    proposalIds: Type.Array(IdSchema),
    voters: Type.Integer(),
    capacity: Type.Integer(),
  }),
  Type.Object({
    kind: Type.Literal('stars_over_capacity'),
    slotId: IdSchema,
    roomId: IdSchema,
    proposalIds: Type.Array(IdSchema),
    stars: Type.Integer(),
    capacity: Type.Integer(),
  }),
  Type.Object({
    kind: Type.Literal('shared_voters'),
    slotId: IdSchema,
    proposalIds: Type.Array(IdSchema),
    count: Type.Integer(),
  }),
]);
export type WarningWire = Static<typeof WarningSchema>;

export const ConflictsSchema = Type.Object({
  warnings: Type.Array(WarningSchema),
  version: Type.Integer(),
});
