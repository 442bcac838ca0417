import type { Prng } from './prng';
import { INFEASIBLE, type SearchState } from './search-state';

/** What the search may touch: cells that are neither blocked nor held by a fixed session. */
export interface MoveSpace {
  cells: Int32Array;
  sessions: Int32Array;
}

/** The best grid seen so far, updated in place by every search phase. */
export interface Incumbent {
  total: number;
  sessionCell: Int32Array;
}

export interface AnnealOptions {
  iterations: number;
  startTemperature: number;
  endTemperature: number;
  prng: Prng;
  shouldStop: () => boolean;
  /**
   * Share of the time left for this run already used. The temperature follows whichever of
   * iterations and time is further along, so a run the clock would cut short still cools.
   */
  timeUsed: () => number;
}

const CLOCK_EVERY = 512;
/** Votes read by move pricing between two looks at the clock, for sessions with huge crowds. */
const WORK_PER_CLOCK = 1 << 18;

/**
 * Simulated annealing over one move type that covers them all: session s goes into cell c and
 * whoever was there takes s's old place (so: insert, relocate, swap, replace), plus a rare
 * "take s off the grid". Returns false when shouldStop cut it short.
 */
export function anneal(
  state: SearchState,
  space: MoveSpace,
  incumbent: Incumbent,
  options: AnnealOptions,
): boolean {
  const { cells, sessions } = space;
  const { prng, iterations } = options;
  const { rooms, voterCount } = state.model;
  if (cells.length === 0 || sessions.length === 0) return true;
  const { startTemperature, endTemperature } = options;
  const ratio = endTemperature / startTemperature;
  let temperature = startTemperature;
  let timeUsed = 0;
  let work = 0;
  for (let i = 0; i < iterations; i++) {
    if (i % CLOCK_EVERY === 0 || work > WORK_PER_CLOCK) {
      if (options.shouldStop()) return false;
      timeUsed = options.timeUsed();
      work = 0;
    }
    if (i % 64 === 0) {
      temperature =
        startTemperature * Math.pow(ratio, Math.min(1, Math.max(i / iterations, timeUsed)));
    }
    const pick = prng.next();
    let s: number;
    let cell: number;
    if (pick < 0.4) {
      s = sessions[prng.int(sessions.length)]!;
      cell = cells[prng.int(cells.length)]!;
    } else if (pick < 0.98) {
      const a = cells[prng.int(cells.length)]!;
      const b = cells[prng.int(cells.length)]!;
      if (a === b) continue;
      s = state.cellSession[a]!;
      cell = b;
      if (s < 0) {
        s = state.cellSession[b]!;
        cell = a;
        if (s < 0) continue;
      }
    } else {
      s = state.cellSession[cells[prng.int(cells.length)]!]!;
      cell = -1;
      if (s < 0) continue;
    }
    // Rooms within a slot are always arranged at their best, so only a change of slot counts.
    if (cell >= 0 && state.sessionSlot[s] === Math.floor(cell / rooms)) continue;
    const delta = state.moveDelta(s, cell);
    work += voterCount[s]!;
    if (delta === INFEASIBLE) continue;
    if (delta >= 0 || prng.next() < Math.exp(delta / temperature)) {
      state.applyMove(s, cell);
      if (delta > 0 && state.total > incumbent.total) {
        incumbent.total = state.total;
        incumbent.sessionCell.set(state.sessionCell);
      }
    }
  }
  return true;
}

/**
 * Plain hill climbing over every (session, cell) move until none improves: a cheap
 * guarantee that what we return is at least a local optimum of the whole neighbourhood.
 */
export function descend(state: SearchState, space: MoveSpace, shouldStop: () => boolean): void {
  let improved = true;
  while (improved) {
    improved = false;
    for (const s of space.sessions) {
      if (shouldStop()) return;
      if (state.sessionCell[s]! >= 0 && state.moveDelta(s, -1) > 0) {
        state.applyMove(s, -1);
        improved = true;
      }
      for (const cell of space.cells) {
        if (state.sessionSlot[s] === Math.floor(cell / state.model.rooms)) continue;
        if (state.moveDelta(s, cell) > 0) {
          state.applyMove(s, cell);
          improved = true;
        }
      }
    }
  }
}

/**
 * A start temperature that accepts a typical worsening move about half the time, measured on
 * random moves from the current grid so it scales with the instance's dots.
 */
export function typicalWorsening(state: SearchState, space: MoveSpace, prng: Prng): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < 400; i++) {
    const s = space.sessions[prng.int(space.sessions.length)]!;
    const cell = space.cells[prng.int(space.cells.length)]!;
    if (state.sessionSlot[s] === Math.floor(cell / state.model.rooms)) continue;
    const delta = state.moveDelta(s, cell);
    if (delta === INFEASIBLE || delta >= 0) continue;
    sum -= delta;
    count++;
  }
  return count === 0 ? 1 : sum / count;
}
