import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInstance, type CompiledInstance } from '../../../shared/schedule/compile-instance';
import { checkHardRules } from '../../../shared/schedule/hard-rules';
import type { SchedulePlacement } from '../../../shared/schedule/instance';
import { scoreSchedule } from '../../../shared/schedule/score';
import { INFEASIBLE, SearchState } from '../../../shared/schedule/search-state';
import { instanceWithFixedArb } from './arbitraries';

function placementsOf(m: CompiledInstance, sessionCell: Int32Array): SchedulePlacement[] {
  return Array.from(sessionCell).flatMap((cell, s) =>
    cell < 0
      ? []
      : [
          {
            sessionId: m.sessionIds[s]!,
            roomId: m.roomIds[cell % m.rooms]!,
            slotId: m.slotIds[Math.floor(cell / m.rooms)]!,
          },
        ],
  );
}

/** The least overflow any assignment of slot t's movable sessions to its free rooms gives. */
function bestOverflowByBruteForce(m: CompiledInstance, state: SearchState, t: number): number {
  const sessions: number[] = [];
  const rooms: number[] = [];
  for (let r = 0; r < m.rooms; r++) {
    const cell = t * m.rooms + r;
    const s = state.cellSession[cell]!;
    if (m.blocked[cell] || (s >= 0 && m.fixedCell[s]! >= 0)) continue;
    rooms.push(r);
    if (s >= 0) sessions.push(s);
  }
  const best = (i: number, free: number[]): number => {
    if (i === sessions.length) return 0;
    return Math.min(
      ...free.map(
        (r) =>
          m.overflowCost[sessions[i]! * m.rooms + r]! +
          best(
            i + 1,
            free.filter((x) => x !== r),
          ),
      ),
    );
  };
  return best(0, rooms);
}

function movableOverflow(m: CompiledInstance, state: SearchState, t: number): number {
  let total = 0;
  for (let r = 0; r < m.rooms; r++) {
    const s = state.cellSession[t * m.rooms + r]!;
    if (s >= 0 && m.fixedCell[s]! < 0) total += m.overflowCost[s * m.rooms + r]!;
  }
  return total;
}

describe('SearchState', () => {
  it('prices every move exactly as the score function sees it, rooms kept at their best', () => {
    const moves = fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 1000 })), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(instanceWithFixedArb(), moves, ({ instance, fixed }, steps) => {
        const m = compileInstance(instance, fixed);
        const state = new SearchState(m);
        for (let s = 0; s < m.sessions; s++) {
          if (m.fixedCell[s]! >= 0) state.place(s, m.fixedCell[s]!);
        }
        state.restore(new Int32Array(m.sessions).fill(-1));
        const cells = m.rooms * m.slots;
        for (const [pick, target] of steps) {
          if (m.sessions === 0) break;
          const s = pick % m.sessions;
          const cell = target < 0 ? -1 : target % cells;
          if (m.fixedCell[s]! >= 0) continue;
          if (cell < 0 && state.sessionCell[s]! < 0) continue;
          if (cell >= 0) {
            const occupant = state.cellSession[cell]!;
            if (m.blocked[cell] || (occupant >= 0 && m.fixedCell[occupant]! >= 0)) continue;
            if (state.sessionSlot[s] === Math.floor(cell / m.rooms)) continue;
          }
          const before = state.total;
          const delta = state.moveDelta(s, cell);
          // What the move means, before rooms are rearranged: s into cell, its occupant out.
          const wanted = state.sessionCell.slice();
          if (cell >= 0 && state.cellSession[cell]! >= 0) {
            wanted[state.cellSession[cell]!] = state.sessionCell[s]!;
          }
          wanted[s] = cell;
          const legal = checkHardRules(instance, placementsOf(m, wanted), fixed).ok;
          expect(delta === INFEASIBLE).toBe(!legal);
          if (!legal) continue;

          state.applyMove(s, cell);
          const placements = placementsOf(m, state.sessionCell);
          expect(checkHardRules(instance, placements, fixed)).toEqual({ ok: true });
          const score = scoreSchedule(instance, placements);
          expect(state.total).toBe(score.total);
          expect(state.total - before).toBe(delta);
          for (let t = 0; t < m.slots; t++) {
            expect(movableOverflow(m, state, t)).toBe(bestOverflowByBruteForce(m, state, t));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
