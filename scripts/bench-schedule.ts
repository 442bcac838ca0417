/**
 * npm run bench:schedule — the auto-scheduler against its yardsticks:
 *   small fixtures: the optimum HiGHS proved, within a 1 s budget;
 *   medium fixture: the best score known, within a 1 s budget;
 *   large generated instance: a 2 s budget, measured against the greedy baseline.
 * Several seeds each, so the numbers say how reliable the solver is, not how lucky.
 */
import { cpus } from 'node:os';
import { generateInstance } from '../shared/schedule/generate-instance';
import { greedySchedule } from '../shared/schedule/greedy';
import type { ScheduleInstance } from '../shared/schedule/instance';
import { scoreSchedule } from '../shared/schedule/score';
import { solveSchedule } from '../shared/schedule/solver';
import { LARGE, loadFixtures } from './schedule-instances';

const SEEDS = [1, 2, 3, 4, 5];

function solve(instance: ScheduleInstance, seed: number, budgetMs: number) {
  const started = performance.now();
  const result = solveSchedule(instance, {
    seed,
    timeBudgetMs: budgetMs,
    now: () => performance.now(),
  });
  return { total: result.score.total, ms: performance.now() - started };
}

function table(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]): string =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
  console.log();
}

const pct = (value: number): string => `${value.toFixed(2)} %`;
const ms = (value: number): string => `${Math.round(value)} ms`;

function greedyTotal(instance: ScheduleInstance): number {
  return scoreSchedule(instance, greedySchedule(instance)).total;
}

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}\n`);

const small = loadFixtures('small-');
// One untimed run so that the first fixture does not pay for JIT warm-up alone.
if (small[0]) solve(small[0].instance, 99, 1000);

console.log(
  `Small fixtures: proved optimum (HiGHS) vs solver, 1 s budget, seeds ${SEEDS.join(', ')}`,
);
table(
  [
    'instance',
    'sessions',
    'cells',
    'optimum',
    'greedy',
    'reached',
    'worst',
    'median time',
    'max time',
  ],
  small.map((fixture) => {
    const { instance } = fixture;
    const optimum = fixture.optimum!.total;
    const runs = SEEDS.map((seed) => solve(instance, seed, 1000));
    const times = runs.map((run) => run.ms).sort((a, b) => a - b);
    const cells = instance.rooms.length * instance.slots.length - (instance.blocked?.length ?? 0);
    return [
      fixture.name,
      instance.sessions.length,
      cells,
      optimum,
      greedyTotal(instance),
      `${runs.filter((run) => run.total === optimum).length}/${runs.length}`,
      Math.min(...runs.map((run) => run.total)),
      ms(times[Math.floor(times.length / 2)]!),
      ms(times[times.length - 1]!),
    ];
  }),
);

const [medium] = loadFixtures('medium');
if (medium) {
  const best = medium.bestKnown!;
  console.log(`Medium fixture (60 sessions, 6 × 10 cells, 300 voters), 1 s budget`);
  console.log(`best known ${best.total}: ${best.source}`);
  if (best.dualBound !== null) {
    console.log(
      `HiGHS upper bound ${best.dualBound}: the optimum is at most ` +
        `${pct(100 * (best.mipGap ?? NaN))} above the best known`,
    );
  }
  const greedy = greedyTotal(medium.instance);
  table(
    ['seed', 'score', 'gap to best known', 'greedy', 'time'],
    SEEDS.map((seed) => {
      const run = solve(medium.instance, seed, 1000);
      return [
        seed,
        run.total,
        pct((100 * (best.total - run.total)) / best.total),
        greedy,
        ms(run.ms),
      ];
    }),
  );
}

const large = generateInstance(LARGE);
const greedy = greedyTotal(large);
console.log(
  `Large generated instance (seed ${LARGE.seed}: ${LARGE.sessions} sessions, ` +
    `${LARGE.rooms} × ${LARGE.slots} cells, ${LARGE.voters} voters), 2 s budget`,
);
table(
  ['seed', 'score', 'greedy', 'gain over greedy', 'time'],
  SEEDS.slice(0, 3).map((seed) => {
    const run = solve(large, seed, 2000);
    return [
      seed,
      run.total,
      greedy,
      pct((100 * (run.total - greedy)) / Math.abs(greedy)),
      ms(run.ms),
    ];
  }),
);
