import { Type, type Static } from '@sinclair/typebox';
import { SUGGEST_MODES } from '../suggest-modes';
import { IdSchema } from './common';
import { PlacementSchema } from './placement';

export const AvoidPairInputSchema = Type.Object(
  { a: IdSchema, b: IdSchema },
  { additionalProperties: false },
);
export const AvoidPairParamsSchema = Type.Object({ eventId: IdSchema, a: IdSchema, b: IdSchema });
export const AvoidPairsSchema = Type.Object({
  avoidPairs: Type.Array(Type.Tuple([IdSchema, IdSchema])),
});

export const SuggestInputSchema = Type.Object(
  {
    mode: Type.Union(SUGGEST_MODES.map((m) => Type.Literal(m))),
    seconds: Type.Optional(Type.Number({ minimum: 0.1, maximum: 10 })),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 })),
  },
  { additionalProperties: false },
);
export type SuggestInput = Static<typeof SuggestInputSchema>;

export const GridScoreSchema = Type.Object({
  honoured: Type.Integer(),
  overflow: Type.Integer(),
  avoid: Type.Integer(),
  total: Type.Integer(),
});
export type GridScore = Static<typeof GridScoreSchema>;

const CellOrNull = Type.Union([
  Type.Object({ roomId: IdSchema, slotId: IdSchema, pinned: Type.Boolean() }),
  Type.Null(),
]);

export const SuggestionSchema = Type.Object({
  mode: Type.Union(SUGGEST_MODES.map((m) => Type.Literal(m))),
  /** The whole proposed grid. */
  placements: Type.Array(PlacementSchema),
  /** What would move: from `before` to `after` (null = off the grid). */
  changes: Type.Array(Type.Object({ proposalId: IdSchema, before: CellOrNull, after: CellOrNull })),
  score: Type.Object({ before: GridScoreSchema, after: GridScoreSchema }),
  /** The event version the suggestion was made against; send it back to apply. */
  version: Type.Integer(),
});
export type Suggestion = Static<typeof SuggestionSchema>;

export const ApplyGridInputSchema = Type.Object(
  {
    placements: Type.Array(
      Type.Object(
        { proposalId: IdSchema, roomId: IdSchema, slotId: IdSchema, pinned: Type.Boolean() },
        { additionalProperties: false },
      ),
      { maxItems: 2000 },
    ),
    version: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ApplyGridInput = Static<typeof ApplyGridInputSchema>;
