/** The scheduler's input, as read from JSON (scripts/schedule.ts) or built by the server. */
export interface ScheduleInstance {
  rooms: { id: string; capacity: number }[];
  slots: { id: string }[];
  blocked?: CellRef[];
  sessions: { id: string; hosts: string[]; pinned?: CellRef }[];
  votes: { voterId: string; sessionId: string; dots: number }[];
  avoidParallel?: [string, string][];
}

export interface CellRef {
  roomId: string;
  slotId: string;
}

export interface SchedulePlacement {
  sessionId: string;
  roomId: string;
  slotId: string;
}

export interface Score {
  honoured: number;
  overflow: number;
  /** The number of avoid-pairs running in the same slot; each costs AVOID_PENALTY. */
  avoid: number;
  total: number;
}

export interface ScheduleResult {
  placements: SchedulePlacement[];
  score: Score;
}

export const AVOID_PENALTY = 10;

export function totalOf(honoured: number, overflow: number, avoid: number): number {
  return honoured - overflow - AVOID_PENALTY * avoid;
}
