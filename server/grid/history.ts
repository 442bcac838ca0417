import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { PlacementChange } from '../../shared/grid/place';
import type { StarMove } from '../../shared/merge';
import { gridOperations } from '../db/schema';
import type { Tx } from '../repos/events-repo';
import type { MergeRecord } from './merge-state';

/** Enough history for a day of edits; older steps fall off. */
const KEEP = 500;

export type Operation =
  { kind: 'placements'; changes: PlacementChange[] } | { kind: 'merge'; merge: MergeRecord };

type Row = typeof gridOperations.$inferSelect;
/** A merge as stored: one recorded before stars followed merges moved none, so lists none. */
type StoredMerge = Omit<MergeRecord, keyof StarMove> & Partial<StarMove>;
const NO_STARS = { sourceStars: [], intoStarsAdded: [] } satisfies StarMove;

export const toOperation = (row: Row): Operation => {
  const payload = row.payload as Record<string, unknown>;
  return row.kind === 'placements'
    ? { kind: 'placements', changes: payload.changes as PlacementChange[] }
    : { kind: 'merge', merge: { ...NO_STARS, ...(payload.merge as StoredMerge) } };
};

const payloadOf = (op: Operation) =>
  op.kind === 'placements' ? { changes: op.changes } : { merge: op.merge };

/** A new step: the redo branch is dropped, as in every editor. */
export function recordOperation(tx: Tx, eventId: string, op: Operation, now: Date): void {
  tx.delete(gridOperations)
    .where(and(eq(gridOperations.eventId, eventId), eq(gridOperations.undone, true)))
    .run();
  tx.insert(gridOperations)
    .values({ eventId, kind: op.kind, payload: payloadOf(op), createdAt: now })
    .run();
  const old = tx
    .select({ id: gridOperations.id })
    .from(gridOperations)
    .where(eq(gridOperations.eventId, eventId))
    .orderBy(desc(gridOperations.id))
    .offset(KEEP)
    .limit(1)
    .get();
  if (old) {
    tx.delete(gridOperations)
      .where(and(eq(gridOperations.eventId, eventId), lte(gridOperations.id, old.id)))
      .run();
  }
}

export function lastDone(tx: Tx, eventId: string): Row | undefined {
  return tx
    .select()
    .from(gridOperations)
    .where(and(eq(gridOperations.eventId, eventId), eq(gridOperations.undone, false)))
    .orderBy(desc(gridOperations.id))
    .limit(1)
    .get();
}

export function firstUndone(tx: Tx, eventId: string): Row | undefined {
  return tx
    .select()
    .from(gridOperations)
    .where(and(eq(gridOperations.eventId, eventId), eq(gridOperations.undone, true)))
    .orderBy(asc(gridOperations.id))
    .limit(1)
    .get();
}

export function markUndone(tx: Tx, id: number, undone: boolean): void {
  tx.update(gridOperations).set({ undone }).where(eq(gridOperations.id, id)).run();
}

/** A redone step keeps what it did this time, which the next undo takes back. */
export function rewriteOperation(tx: Tx, id: number, op: Operation): void {
  tx.update(gridOperations)
    .set({ payload: payloadOf(op) })
    .where(eq(gridOperations.id, id))
    .run();
}

export function historyState(tx: Tx, eventId: string) {
  return { canUndo: !!lastDone(tx, eventId), canRedo: !!firstUndone(tx, eventId) };
}
