import { createMemo, type Accessor } from 'solid-js';
import { gridScore } from '../../../../../shared/grid/grid-score';
import type { GridState } from '../../../../../shared/grid/schedule-instance';
import type { Score } from '../../../../../shared/schedule/instance';
import type { Placement } from '../../../../../shared/schemas/placement';
import type { AdminView } from '../../../../../shared/schemas/snapshot';
import type { EventState } from '../../../stores/event-store';

export type { Score };

/** The event as the shared score function reads it, straight from the live stores. */
export function gridOf(state: EventState, admin: AdminView): GridState {
  return {
    rooms: state.rooms,
    slots: state.slots,
    proposals: state.proposals,
    placements: state.placements,
    ballots: admin.ballots,
    avoidPairs: admin.avoidPairs,
  };
}

/**
 * The product's score of `grid`, or of other `placements` on it (a would-be move while
 * hovering). A placement whose room or slot has just gone is skipped, not an error: the
 * store drops it a moment later.
 */
export function scoreOf(
  grid: GridState,
  placements: readonly Placement[] = grid.placements,
): Score {
  const rooms = new Set(grid.rooms.map((r) => r.id));
  const slots = new Set(grid.slots.filter((s) => s.kind === 'session').map((s) => s.id));
  return gridScore(
    grid,
    placements.filter((p) => rooms.has(p.roomId) && slots.has(p.slotId)),
  );
}

/**
 * The placements after moving one proposal to a cell; whoever sat there swaps into the
 * proposal's old cell, or leaves the grid when it came from the list.
 */
export function placementsIfMoved(
  placements: readonly Placement[],
  proposalId: string,
  roomId: string,
  slotId: string,
): Placement[] {
  const from = placements.find((p) => p.proposalId === proposalId);
  const result: Placement[] = [];
  for (const p of placements) {
    if (p.proposalId === proposalId) continue;
    if (p.roomId === roomId && p.slotId === slotId) {
      if (from) result.push({ ...p, roomId: from.roomId, slotId: from.slotId });
      continue;
    }
    result.push(p);
  }
  result.push({ proposalId, roomId, slotId, pinned: from?.pinned ?? false });
  return result;
}

/** The current grid's score, recomputed whenever the stores change (every drop does). */
export function createLiveScore(session: {
  state: EventState;
  adminView: AdminView;
}): Accessor<Score> {
  const score = createMemo(() => scoreOf(gridOf(session.state, session.adminView)), undefined, {
    equals: (a, b) =>
      a.total === b.total &&
      a.honoured === b.honoured &&
      a.overflow === b.overflow &&
      a.avoid === b.avoid,
  });
  return score;
}
