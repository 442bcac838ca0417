import { Type, type Static } from '@sinclair/typebox';

/** Ids are opaque here: the server's ids, or anything a hand-written file uses. */
const ScheduleIdSchema = Type.String({ minLength: 1 });

export const CellRefSchema = Type.Object({ roomId: ScheduleIdSchema, slotId: ScheduleIdSchema });
export type CellRef = Static<typeof CellRefSchema>;

export const ScheduleInstanceSchema = Type.Object({
  rooms: Type.Array(
    Type.Object({ id: ScheduleIdSchema, capacity: Type.Integer({ minimum: 0 }) }),
  ),
  slots: Type.Array(Type.Object({ id: ScheduleIdSchema })),
  blocked: Type.Optional(Type.Array(CellRefSchema)),
  sessions: Type.Array(
    Type.Object({
      id: ScheduleIdSchema,
      hosts: Type.Array(ScheduleIdSchema),
      pinned: Type.Optional(CellRefSchema),
    }),
  ),
  votes: Type.Array(
    Type.Object({
      voterId: ScheduleIdSchema,
      sessionId: ScheduleIdSchema,
      dots: Type.Integer({ minimum: 1 }),
    }),
  ),
  avoidParallel: Type.Optional(Type.Array(Type.Tuple([ScheduleIdSchema, ScheduleIdSchema]))),
});
export type ScheduleInstance = Static<typeof ScheduleInstanceSchema>;

export const SchedulePlacementSchema = Type.Object({
  sessionId: ScheduleIdSchema,
  roomId: ScheduleIdSchema,
  slotId: ScheduleIdSchema,
});
export type SchedulePlacement = Static<typeof SchedulePlacementSchema>;

export const ScoreSchema = Type.Object({
  honoured: Type.Integer(),
  overflow: Type.Integer(),
  /** The number of avoid-pairs running in the same slot; each costs AVOID_PENALTY. */
  avoid: Type.Integer(),
  total: Type.Integer(),
});
export type Score = Static<typeof ScoreSchema>;

export const ScheduleResultSchema = Type.Object({
  placements: Type.Array(SchedulePlacementSchema),
  score: ScoreSchema,
});
export type ScheduleResult = Static<typeof ScheduleResultSchema>;

export const AVOID_PENALTY = 10;

export function totalOf(honoured: number, overflow: number, avoid: number): number {
  return honoured - overflow - AVOID_PENALTY * avoid;
}
