import { Type, type Static } from '@sinclair/typebox';
import { IdSchema } from './common';

export const RoomSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  capacity: Type.Integer(),
  notes: Type.String(),
  position: Type.Integer(),
});
export type Room = Static<typeof RoomSchema>;

const fields = {
  name: Type.String({ minLength: 1, maxLength: 80 }),
  capacity: Type.Integer({ minimum: 1, maximum: 100_000 }),
  notes: Type.String({ maxLength: 200 }),
  position: Type.Integer({ minimum: 0, maximum: 10_000 }),
};

export const RoomInputSchema = Type.Object(
  {
    name: fields.name,
    capacity: fields.capacity,
    notes: Type.Optional(fields.notes),
    position: Type.Optional(fields.position),
  },
  { additionalProperties: false },
);
export type RoomInput = Static<typeof RoomInputSchema>;

export const RoomPatchSchema = Type.Partial(RoomInputSchema, {
  additionalProperties: false,
  minProperties: 1,
});
export type RoomPatch = Static<typeof RoomPatchSchema>;

export const RoomParamsSchema = Type.Object({ eventId: IdSchema, roomId: IdSchema });
export const RoomResponseSchema = Type.Object({ room: RoomSchema });
