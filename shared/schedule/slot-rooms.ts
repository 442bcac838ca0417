import type { CompiledInstance } from './compile-instance';

/**
 * Rooms matter only for overflow, max(0, voters − capacity), which is convex in the
 * difference. So for a given set of sessions in a slot, the best rooms are the largest free
 * ones, matched in sorted order (most-voted session, biggest room). The search keeps every
 * slot arranged that way and so only decides which sessions share a slot.
 */
export interface SlotRooms {
  /** Rooms of slot t usable by movable sessions, biggest first, at [start[t], start[t + 1]). */
  readonly start: Int32Array;
  readonly room: Int32Array;
  readonly capacity: Int32Array;
  /** Overflow of the pinned and fixed sessions of each slot, which never changes. */
  readonly fixedOverflow: Int32Array;
}

export function slotRoomsOf(m: CompiledInstance): SlotRooms {
  const held = new Uint8Array(m.rooms * m.slots);
  const fixedOverflow = new Int32Array(m.slots);
  for (let s = 0; s < m.sessions; s++) {
    const cell = m.fixedCell[s]!;
    if (cell < 0) continue;
    held[cell] = 1;
    const t = Math.floor(cell / m.rooms);
    fixedOverflow[t]! += m.overflowCost[s * m.rooms + cell - t * m.rooms]!;
  }
  const start = new Int32Array(m.slots + 1);
  const room: number[] = [];
  for (let t = 0; t < m.slots; t++) {
    const free: number[] = [];
    for (let r = 0; r < m.rooms; r++) {
      if (!m.blocked[t * m.rooms + r] && !held[t * m.rooms + r]) free.push(r);
    }
    free.sort((a, b) => m.capacity[b]! - m.capacity[a]! || a - b);
    room.push(...free);
    start[t + 1] = room.length;
  }
  return {
    start,
    room: Int32Array.from(room),
    capacity: Int32Array.from(room, (r) => m.capacity[r]!),
    fixedOverflow,
  };
}
