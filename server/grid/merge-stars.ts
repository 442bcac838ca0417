import type { Facts } from '../../shared/events';
import { moveStars, starChanges, type StarChange, type StarMove } from '../../shared/merge';
import type { Tx } from '../repos/events-repo';
import { starrersOf, writeStars } from '../repos/stars-repo';

interface MergeIds {
  sourceId: string;
  intoId: string;
}

/**
 * The merge's stars as they stand now. A merge and its redo both read them anew: stars change
 * freely between steps, and a star put on the duplicate after an undo must follow it too.
 */
export function withStarsNow<T extends MergeIds>(tx: Tx, rec: T): T & StarMove {
  return { ...rec, ...moveStars(starrersOf(tx, rec.sourceId), starrersOf(tx, rec.intoId)) };
}

export interface StarOutcome {
  /** Each star set or cleared, for its participant's own sockets. */
  changes: StarChange[];
  /** The new count of each proposal whose stars changed, for the facilitators. */
  counts: Facts['stars:changed'][];
}

/** Moves a merge's stars to the survivor ('do') or back ('undo'); never refuses. */
export function applyMergeStars(
  tx: Tx,
  eventId: string,
  rec: MergeIds & StarMove,
  direction: 'do' | 'undo',
  now: Date,
): StarOutcome {
  const starredNow = { source: starrersOf(tx, rec.sourceId), into: starrersOf(tx, rec.intoId) };
  const changes = starChanges(rec, direction, starredNow);
  writeStars(tx, eventId, changes, now);
  // The counts after the writes, from the lists read before them: each change is one star more
  // or less (starChanges leaves out any already as wanted).
  const count = new Map([
    [rec.sourceId, starredNow.source.length],
    [rec.intoId, starredNow.into.length],
  ]);
  for (const c of changes) count.set(c.proposalId, count.get(c.proposalId)! + (c.starred ? 1 : -1));
  const touched = [...new Set(changes.map((c) => c.proposalId))];
  return {
    changes,
    counts: touched.map((proposalId) => ({ proposalId, stars: count.get(proposalId)! })),
  };
}
