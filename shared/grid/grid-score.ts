import { scoreSchedule } from '../schedule/score';
import type { Score } from '../schedule/instance';
import type { Placement } from '../schemas/placement';
import { toScheduleInstance, type GridState } from './schedule-instance';

/** The score of the grid as it stands (PRODUCT.md), as the facilitator sees it while dragging. */
export function gridScore(
  grid: GridState,
  placements: readonly Placement[] = grid.placements,
): Score {
  const instance = toScheduleInstance(grid, 'none');
  const known = new Set(instance.sessions.map((s) => s.id));
  return scoreSchedule(
    instance,
    placements
      .filter((p) => known.has(p.proposalId))
      .map((p) => ({ sessionId: p.proposalId, roomId: p.roomId, slotId: p.slotId })),
  );
}
