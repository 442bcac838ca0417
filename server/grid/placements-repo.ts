import { and, eq, inArray } from 'drizzle-orm';
import type { PlacementChange } from '../../shared/grid/place';
import type { Placement } from '../../shared/schemas/placement';
import { placements, rooms, slots } from '../db/schema';
import { HttpError } from '../http-error';
import type { Tx } from '../repos/events-repo';
import { toPlacement } from '../repos/to-wire';

export function listPlacements(tx: Tx, eventId: string): Placement[] {
  return tx.select().from(placements).where(eq(placements.eventId, eventId)).all().map(toPlacement);
}

/**
 * Writes the `after` side of each change. All moved proposals leave the grid first, so a swap
 * never trips the one-session-per-cell index halfway. Cells must exist in this event, be
 * session slots and be free; otherwise 409 and the caller's transaction rolls back.
 */
export function writeChanges(
  tx: Tx,
  eventId: string,
  changes: readonly PlacementChange[],
  now: Date,
): { upserted: Placement[]; removed: string[] } {
  const ids = changes.map((c) => c.proposalId);
  if (ids.length > 0) {
    tx.delete(placements)
      .where(and(eq(placements.eventId, eventId), inArray(placements.proposalId, ids)))
      .run();
  }
  const upserted: Placement[] = [];
  const removed: string[] = [];
  for (const c of changes) {
    if (!c.after) {
      removed.push(c.proposalId);
      continue;
    }
    const { roomId, slotId, pinned } = c.after;
    const room = tx
      .select({ id: rooms.id })
      .from(rooms)
      .where(and(eq(rooms.id, roomId), eq(rooms.eventId, eventId)))
      .get();
    const slot = tx
      .select({ kind: slots.kind })
      .from(slots)
      .where(and(eq(slots.id, slotId), eq(slots.eventId, eventId)))
      .get();
    if (!room || !slot) throw new HttpError(409, 'history_conflict', 'That room or slot is gone');
    if (slot.kind !== 'session') {
      throw new HttpError(409, 'slot_not_schedulable', 'Breaks and plenaries take no sessions');
    }
    const taken = tx
      .select({ proposalId: placements.proposalId })
      .from(placements)
      .where(and(eq(placements.roomId, roomId), eq(placements.slotId, slotId)))
      .get();
    if (taken) throw new HttpError(409, 'cell_taken', 'That cell already holds a session');
    tx.insert(placements)
      .values({ proposalId: c.proposalId, eventId, roomId, slotId, pinned, updatedAt: now })
      .run();
    upserted.push({ proposalId: c.proposalId, roomId, slotId, pinned });
  }
  return { upserted, removed };
}
