import { Type, type Static } from '@sinclair/typebox';
import { SLOT_KINDS } from '../slot-kinds';
import { DateTimeSchema, IdSchema } from './common';

export const SlotKindSchema = Type.Union(SLOT_KINDS.map((k) => Type.Literal(k)));

export const SlotSchema = Type.Object({
  id: IdSchema,
  /** UTC instants as ISO 8601 strings. */
  startsAt: Type.String(),
  endsAt: Type.String(),
  kind: SlotKindSchema,
  label: Type.String(),
});
export type Slot = Static<typeof SlotSchema>;

export const SlotInputSchema = Type.Object(
  {
    startsAt: DateTimeSchema,
    endsAt: DateTimeSchema,
    kind: Type.Optional(SlotKindSchema),
    label: Type.Optional(Type.String({ maxLength: 80 })),
  },
  { additionalProperties: false },
);
export type SlotInput = Static<typeof SlotInputSchema>;

export const SlotPatchSchema = Type.Partial(SlotInputSchema, {
  additionalProperties: false,
  minProperties: 1,
});
export type SlotPatch = Static<typeof SlotPatchSchema>;

/** Many slots at once, e.g. from the day generator: one change, one version. */
export const SlotBatchSchema = Type.Object(
  { slots: Type.Array(SlotInputSchema, { minItems: 1, maxItems: 100 }) },
  { additionalProperties: false },
);
export type SlotBatch = Static<typeof SlotBatchSchema>;

export const SlotParamsSchema = Type.Object({ eventId: IdSchema, slotId: IdSchema });
export const SlotResponseSchema = Type.Object({ slot: SlotSchema });
export const SlotsResponseSchema = Type.Object({ slots: Type.Array(SlotSchema) });
