import type { MoveSpace } from './anneal';
import type { Prng } from './prng';
import type { SearchState } from './search-state';

/**
 * Puts sessions that are off the grid into their best empty cell, the most-dotted first (order
 * jittered by `noise` so restarts differ), as long as that adds to the total.
 */
export function fillGreedily(
  state: SearchState,
  space: MoveSpace,
  prng: Prng,
  noise: number,
  shouldStop: () => boolean,
): void {
  const m = state.model;
  const waiting = Array.from(space.sessions).filter((s) => state.sessionCell[s]! < 0);
  const weight = new Map(
    waiting.map((s) => [s, m.dotsTotal[s]! * (1 + noise * prng.next())] as const),
  );
  waiting.sort((a, b) => weight.get(b)! - weight.get(a)! || a - b);
  for (const s of waiting) {
    if (shouldStop()) return;
    let bestCell = -1;
    let bestDelta = 0;
    for (const cell of space.cells) {
      if (state.cellSession[cell]! >= 0) continue;
      const delta = state.moveDelta(s, cell);
      if (delta > bestDelta) {
        bestDelta = delta;
        bestCell = cell;
      }
    }
    if (bestCell >= 0) state.applyMove(s, bestCell);
  }
}

/** Takes every movable session of `count` random slots off the grid. */
export function clearSlots(state: SearchState, space: MoveSpace, prng: Prng, count: number): void {
  const m = state.model;
  const slots = new Set<number>();
  while (slots.size < Math.min(count, m.slots)) slots.add(prng.int(m.slots));
  for (const cell of space.cells) {
    const s = state.cellSession[cell]!;
    if (s >= 0 && slots.has(Math.floor(cell / m.rooms))) state.unplace(s);
  }
}

/** Takes a random `share` of the movable placed sessions off the grid. */
export function clearRandom(state: SearchState, space: MoveSpace, prng: Prng, share: number): void {
  for (const cell of space.cells) {
    const s = state.cellSession[cell]!;
    if (s >= 0 && prng.next() < share) state.unplace(s);
  }
}
