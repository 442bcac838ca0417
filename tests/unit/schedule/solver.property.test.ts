import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedySchedule } from '../../../shared/schedule/greedy';
import { checkHardRules } from '../../../shared/schedule/hard-rules';
import type { ScheduleInstance, SchedulePlacement } from '../../../shared/schedule/instance';
import { scoreSchedule } from '../../../shared/schedule/score';
import { solveSchedule, type SolveOptions } from '../../../shared/schedule/solver';
import { validateInstance } from '../../../shared/schedule/validate-instance';
import { instanceArb, instanceWithFixedArb } from './arbitraries';

/** A clock that never moves: runs end on patience alone, so they are reproducible. */
const frozen: Pick<SolveOptions, 'now' | 'timeBudgetMs'> = { now: () => 0, timeBudgetMs: 1 };
const quick = { ...frozen, patience: 3 };

const cellOf = (placements: SchedulePlacement[], sessionId: string): string | undefined => {
  const found = placements.find((p) => p.sessionId === sessionId);
  return found && `${found.roomId}@${found.slotId}`;
};

describe('solveSchedule on random small instances', () => {
  it('generates instances the validator accepts', () => {
    fc.assert(
      fc.property(instanceArb(), (instance) => {
        expect(validateInstance(instance)).toEqual({ ok: true, instance });
      }),
      { numRuns: 200 },
    );
  });

  it('never breaks a hard rule and never moves a pinned or fixed session', () => {
    fc.assert(
      fc.property(instanceWithFixedArb(), fc.nat(), ({ instance, fixed }, seed) => {
        const { placements } = solveSchedule(instance, { ...quick, seed, fixed });
        expect(checkHardRules(instance, placements, fixed)).toEqual({ ok: true });
        for (const session of instance.sessions) {
          if (!session.pinned) continue;
          expect(cellOf(placements, session.id)).toBe(
            `${session.pinned.roomId}@${session.pinned.slotId}`,
          );
        }
        for (const keep of fixed) {
          expect(cellOf(placements, keep.sessionId)).toBe(`${keep.roomId}@${keep.slotId}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reports the score of what it returns, and never does worse than greedy', () => {
    fc.assert(
      fc.property(instanceWithFixedArb(), fc.nat(), ({ instance, fixed }, seed) => {
        const result = solveSchedule(instance, { ...quick, seed, fixed });
        expect(result.score).toEqual(scoreSchedule(instance, result.placements));
        const greedy = scoreSchedule(instance, greedySchedule(instance, fixed));
        expect(result.score.total).toBeGreaterThanOrEqual(greedy.total);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer for the same seed', () => {
    fc.assert(
      fc.property(instanceArb(), fc.nat(), (instance, seed) => {
        const first = solveSchedule(instance, { ...quick, seed });
        expect(solveSchedule(instance, { ...quick, seed })).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });

  it('finds the optimum of tiny instances, checked by trying every grid', () => {
    const tiny = instanceArb({ rooms: 2, slots: 2, sessions: 4, voters: 6 });
    fc.assert(
      fc.property(tiny, fc.nat(), (instance, seed) => {
        const result = solveSchedule(instance, { ...frozen, seed });
        expect(result.score.total).toBe(bruteForceOptimum(instance));
      }),
      { numRuns: 60 },
    );
  });

  it('returns the greedy grid or better at once when the budget is already spent', () => {
    fc.assert(
      fc.property(instanceArb(), (instance) => {
        let clock = 0;
        const result = solveSchedule(instance, {
          seed: 1,
          timeBudgetMs: 5,
          now: () => (clock += 10),
        });
        expect(checkHardRules(instance, result.placements)).toEqual({ ok: true });
        const greedy = scoreSchedule(instance, greedySchedule(instance));
        expect(result.score.total).toBeGreaterThanOrEqual(greedy.total);
      }),
      { numRuns: 30 },
    );
  });

  it('stops when asked to, keeping the best grid so far', () => {
    fc.assert(
      fc.property(instanceArb(), (instance) => {
        let asked = 0;
        const result = solveSchedule(instance, {
          seed: 7,
          timeBudgetMs: 60_000,
          now: () => 0,
          shouldStop: () => ++asked > 3,
        });
        expect(asked).toBeLessThan(50);
        expect(result.score).toEqual(scoreSchedule(instance, result.placements));
      }),
      { numRuns: 30 },
    );
  });
});

describe('solveSchedule with fixed placements', () => {
  const instance: ScheduleInstance = {
    rooms: [{ id: 'r1', capacity: 5 }],
    slots: [{ id: 't1' }, { id: 't2' }],
    sessions: [
      { id: 'a', hosts: ['h'] },
      { id: 'b', hosts: ['h'] },
      { id: 'c', hosts: [], pinned: { roomId: 'r1', slotId: 't2' } },
    ],
    votes: [{ voterId: 'v', sessionId: 'a', dots: 3 }],
  };

  it('keeps a fixed session even where it earns nothing', () => {
    const fixed = [{ sessionId: 'b', roomId: 'r1', slotId: 't1' }];
    const result = solveSchedule(instance, { ...frozen, seed: 1, fixed });
    expect(result.placements).toContainEqual(fixed[0]);
    expect(result.score.total).toBe(0);
  });

  it('refuses fixed placements that break a hard rule', () => {
    const solve = (fixed: SchedulePlacement[]): unknown =>
      solveSchedule(instance, { ...frozen, seed: 1, fixed });
    expect(() => solve([{ sessionId: 'a', roomId: 'r1', slotId: 't2' }])).toThrow(/share a cell/);
    expect(() => solve([{ sessionId: 'c', roomId: 'r1', slotId: 't1' }])).toThrow(/elsewhere/);
    expect(() => solve([{ sessionId: 'zz', roomId: 'r1', slotId: 't1' }])).toThrow(/unknown/);
  });
});

/** The best total over every legal grid, sessions possibly left out. */
function bruteForceOptimum(instance: ScheduleInstance): number {
  const cells = instance.slots.flatMap((slot) =>
    instance.rooms.map((room) => ({ roomId: room.id, slotId: slot.id })),
  );
  let best = -Infinity;
  const chosen: SchedulePlacement[] = [];
  const visit = (s: number): void => {
    if (s === instance.sessions.length) {
      if (checkHardRules(instance, chosen).ok) {
        best = Math.max(best, scoreSchedule(instance, chosen).total);
      }
      return;
    }
    const session = instance.sessions[s]!;
    if (!session.pinned) visit(s + 1);
    for (const cell of session.pinned ? [session.pinned] : cells) {
      chosen.push({ sessionId: session.id, ...cell });
      visit(s + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}
