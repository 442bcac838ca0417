import { anneal, descend, typicalWorsening, type Incumbent, type MoveSpace } from './anneal';
import { compileInstance, type CompiledInstance } from './compile-instance';
import { clearRandom, clearSlots, fillGreedily } from './construct';
import { greedySchedule } from './greedy';
import { checkHardRules } from './hard-rules';
import type { ScheduleInstance, SchedulePlacement, ScheduleResult } from './instance';
import { createPrng } from './prng';
import { scoreSchedule } from './score';
import { SearchState } from './search-state';
import { scoreUpperBound } from './upper-bound';

export interface SolveOptions {
  seed: number;
  /** Wall-clock budget; the search may end sooner when it stops finding better grids. */
  timeBudgetMs: number;
  /** Milliseconds from any fixed origin (performance.now, Date.now): the clock is injected. */
  now: () => number;
  /** Lets a caller (a worker's cancel button) end the search early; the best grid is kept. */
  shouldStop?: () => boolean;
  /** Placements kept as if pinned: the "fill empty cells" mode passes the current grid. */
  fixed?: readonly SchedulePlacement[];
  /** Rounds in a row without a better grid after which the search calls it done. */
  patience?: number;
}

// Tuned on the fixtures (docs/BENCHMARKS.md): every small optimum from every seed tried, in
// well under the budget, while medium and large instances still use all of theirs.
const DEFAULT_PATIENCE = 30;
const MIN_ITERATIONS = 5_000;
/** Annealing steps per round, per (movable session × usable cell) pair. */
const ITERATIONS_PER_MOVE = 25;
/** Later rounds start from a good grid: hot enough to leave it, not to forget it. */
const REHEAT = 0.3;
/** Below one dot: by the end only moves that cost nothing are still taken. */
const END_TEMPERATURE = 0.2;
const FINISH_SHARE = 0.03;

/**
 * Maximises scoreSchedule. Starts from the better of the greedy baseline and no placements
 * beyond the pins and `fixed`, so it never returns less than either. Then repeats rounds of:
 * perturb the best grid (clear some slots or some sessions and refill greedily), simulated
 * annealing, hill climbing; it ends when `patience` rounds in a row found nothing better, when
 * the score reaches an upper bound, or when time runs out. Unless the clock or shouldStop ended
 * it, the result depends only on the instance, `fixed` and `seed`. Expects a validated
 * instance; throws if `fixed` breaks a hard rule.
 */
export function solveSchedule(instance: ScheduleInstance, options: SolveOptions): ScheduleResult {
  const started = options.now();
  const budget = Number.isNaN(options.timeBudgetMs) ? 0 : Math.max(0, options.timeBudgetMs);
  const fixed = options.fixed ?? [];
  const model = compileInstance(instance, fixed);
  // A round's start (restoring the best grid) and the final check each read every vote once
  // more, about as long as compiling them took: keep that much back, or a huge event overruns.
  const finish = Math.max(budget * FINISH_SHARE, 2 * (options.now() - started));
  const deadline = started + budget - finish;
  const shouldStop = (): boolean => options.shouldStop?.() === true || options.now() >= deadline;
  const prng = createPrng(options.seed);
  const state = new SearchState(model);
  for (let s = 0; s < model.sessions; s++) {
    if (model.fixedCell[s]! >= 0) state.place(s, model.fixedCell[s]!);
  }
  const space = moveSpace(model);
  // Start from the greedy grid, or from the pins alone where greedy does worse than that (in a
  // crowd too big for its rooms, placing by dots alone can cost more than it honours) and then
  // put in only what adds to the total.
  const greedy = greedySchedule(instance, fixed);
  if (scoreSchedule(instance, greedy).total >= state.total) {
    state.restore(cellsOf(model, greedy));
  } else {
    fillGreedily(state, space, prng, 0, shouldStop);
  }
  const incumbent: Incumbent = { total: state.total, sessionCell: state.sessionCell.slice() };

  // Reaching the bound ends the search; with no time left for one, it is not worth computing.
  const bound = shouldStop() ? incumbent.total : scoreUpperBound(model);
  const patience = options.patience ?? DEFAULT_PATIENCE;
  const iterations = Math.max(
    MIN_ITERATIONS,
    ITERATIONS_PER_MOVE * space.sessions.length * space.cells.length,
  );
  const searchable = space.sessions.length > 0 && space.cells.length > 0;
  let quiet = 0;
  for (let round = 0; searchable && quiet < patience && incumbent.total < bound; round++) {
    if (shouldStop()) break;
    const before = incumbent.total;
    let heat = 1;
    if (round > 0) {
      state.restore(incumbent.sessionCell);
      if (prng.next() < 0.5) clearSlots(state, space, prng, 1 + prng.int(2));
      else clearRandom(state, space, prng, 0.15 + 0.25 * prng.next());
      fillGreedily(state, space, prng, 0.5, shouldStop);
      heat = REHEAT;
    }
    const typical = typicalWorsening(state, space, prng);
    const roundStart = options.now();
    const finished = anneal(state, space, incumbent, {
      iterations,
      startTemperature: Math.max(0.5, typical * heat),
      endTemperature: END_TEMPERATURE,
      prng,
      shouldStop,
      timeUsed: () => (options.now() - roundStart) / Math.max(1, deadline - roundStart),
    });
    descend(state, space, shouldStop);
    if (state.total > incumbent.total) {
      incumbent.total = state.total;
      incumbent.sessionCell.set(state.sessionCell);
    }
    if (!finished) break;
    quiet = incumbent.total > before ? 0 : quiet + 1;
  }

  const placements = placementsOf(model, incumbent.sessionCell);
  const rules = checkHardRules(instance, placements, fixed);
  if (!rules.ok) throw new Error(`solver produced an invalid schedule: ${rules.reason}`);
  const score = scoreSchedule(instance, placements);
  if (score.total !== incumbent.total) {
    throw new Error(`solver bookkeeping drifted: ${incumbent.total} vs ${score.total}`);
  }
  return { placements, score };
}

function moveSpace(m: CompiledInstance): MoveSpace {
  const held = new Uint8Array(m.rooms * m.slots);
  const sessions: number[] = [];
  for (let s = 0; s < m.sessions; s++) {
    if (m.fixedCell[s]! >= 0) held[m.fixedCell[s]!] = 1;
    else sessions.push(s);
  }
  const cells: number[] = [];
  for (let cell = 0; cell < m.rooms * m.slots; cell++) {
    if (!m.blocked[cell] && !held[cell]) cells.push(cell);
  }
  return { cells: Int32Array.from(cells), sessions: Int32Array.from(sessions) };
}

function cellsOf(m: CompiledInstance, placements: readonly SchedulePlacement[]): Int32Array {
  const session = new Map(m.sessionIds.map((id, s) => [id, s]));
  const room = new Map(m.roomIds.map((id, r) => [id, r]));
  const slot = new Map(m.slotIds.map((id, t) => [id, t]));
  const sessionCell = new Int32Array(m.sessions).fill(-1);
  for (const p of placements) {
    sessionCell[session.get(p.sessionId)!] = slot.get(p.slotId)! * m.rooms + room.get(p.roomId)!;
  }
  return sessionCell;
}

/** Slot by slot, room by room: the order a grid is read in. */
function placementsOf(m: CompiledInstance, sessionCell: Int32Array): SchedulePlacement[] {
  const placements: SchedulePlacement[] = [];
  const sessionAt = new Int32Array(m.rooms * m.slots).fill(-1);
  sessionCell.forEach((cell, s) => {
    if (cell >= 0) sessionAt[cell] = s;
  });
  sessionAt.forEach((s, cell) => {
    if (s < 0) return;
    const t = Math.floor(cell / m.rooms);
    placements.push({
      sessionId: m.sessionIds[s]!,
      roomId: m.roomIds[cell - t * m.rooms]!,
      slotId: m.slotIds[t]!,
    });
  });
  return placements;
}
