import { describe, expect, it } from 'vitest';
import { checkHardRules } from '../../../shared/schedule/hard-rules';
import { scoreSchedule } from '../../../shared/schedule/score';
import { solveSchedule } from '../../../shared/schedule/solver';
import { validateInstance } from '../../../shared/schedule/validate-instance';
import { loadFixtures } from '../../../scripts/schedule-instances';

const small = loadFixtures('small-');

describe('small fixtures with a proved optimum (HiGHS)', () => {
  it('are all there', () => {
    expect(small.length).toBeGreaterThanOrEqual(6);
  });

  it.each(small.map((fixture) => [fixture.name, fixture] as const))(
    '%s: the MIP optimum is a legal grid that scoreSchedule agrees with',
    (_, fixture) => {
      const optimum = fixture.optimum!;
      expect(validateInstance(fixture.instance).ok).toBe(true);
      expect(checkHardRules(fixture.instance, optimum.placements)).toEqual({ ok: true });
      expect(scoreSchedule(fixture.instance, optimum.placements)).toEqual(optimum.score);
      expect(optimum.score.total).toBe(optimum.total);
    },
  );

  it.each(small.map((fixture) => [fixture.name, fixture] as const))(
    '%s: the solver reaches the optimum within a second',
    (_, fixture) => {
      const started = performance.now();
      const result = solveSchedule(fixture.instance, {
        seed: 1,
        timeBudgetMs: 1000,
        now: () => performance.now(),
      });
      expect(result.score.total).toBe(fixture.optimum!.total);
      expect(performance.now() - started).toBeLessThan(1000);
    },
  );
});

describe('medium fixture', () => {
  const [medium] = loadFixtures('medium');

  it('gets within 1 % of the best known score on a short deterministic run', () => {
    expect(medium).toBeDefined();
    const best = medium!.bestKnown!;
    expect(scoreSchedule(medium!.instance, best.placements).total).toBe(best.total);
    // A frozen clock and little patience: a run of a fraction of a second that ends the same
    // way on any machine, so this checks quality without depending on the machine's speed.
    const result = solveSchedule(medium!.instance, {
      seed: 1,
      timeBudgetMs: 1,
      now: () => 0,
      patience: 2,
    });
    expect(result.score.total).toBeGreaterThanOrEqual(Math.floor(best.total * 0.99));
  });
});
