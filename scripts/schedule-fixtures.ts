/**
 * Writes tests/fixtures/schedule/*.json: generated instances with their exact optimum (HiGHS)
 * or, for the medium one, the best score known and where it comes from. Slow on purpose (it
 * runs a MIP solver); the tests only read what it wrote.
 *
 *   node --import tsx scripts/schedule-fixtures.ts [--only NAME]
 *     [--highs-seconds S] [--seeds N] [--seed-seconds S]   (medium only; defaults 600, 30, 30)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateInstance } from '../shared/schedule/generate-instance';
import { checkHardRules } from '../shared/schedule/hard-rules';
import type { ScheduleInstance, SchedulePlacement } from '../shared/schedule/instance';
import { scoreSchedule } from '../shared/schedule/score';
import { solveSchedule } from '../shared/schedule/solver';
import { solveExactly, type ExactResult } from './schedule-mip';
import {
  FIXTURE_DIR,
  MEDIUM,
  SMALL,
  type Reference,
  type ScheduleFixture,
} from './schedule-instances';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = valueOf(args, '--only');
  const effort = {
    highsSeconds: Number(valueOf(args, '--highs-seconds') ?? 600),
    seeds: Number(valueOf(args, '--seeds') ?? 30),
    seedSeconds: Number(valueOf(args, '--seed-seconds') ?? 30),
  };
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const [name, options] of Object.entries(SMALL)) {
    if (only && only !== name) continue;
    const instance = generateInstance(options);
    const exact = await solveExactly(instance, { timeLimitSeconds: 3600 });
    if (exact.status !== 'optimal') throw new Error(`${name}: HiGHS ended with ${exact.status}`);
    const optimum = reference(instance, exact.placements, exact.total, 'HiGHS MIP, proved optimal');
    optimum.seconds = round(exact.seconds);
    write({ name, generator: options, instance, optimum });
    console.log(`${name}: optimum ${optimum.total} in ${optimum.seconds} s`);
  }
  if (!only || only === 'medium') await medium(effort);
}

/**
 * Too big for HiGHS to prove within minutes, so: many long runs of our solver, and HiGHS for
 * a while. The best known is the better of the two; HiGHS's dual bound says how far from
 * optimal it can be at most. (Warm-starting HiGHS with our grid made the wasm build overrun its
 * time limit and abort, so it starts cold.)
 */
async function medium(effort: {
  highsSeconds: number;
  seeds: number;
  seedSeconds: number;
}): Promise<void> {
  const instance = generateInstance(MEDIUM);
  const { seeds, seedSeconds } = effort;
  let best: { placements: SchedulePlacement[]; total: number; seed: number } | null = null;
  const started = performance.now();
  for (let seed = 1; seed <= seeds; seed++) {
    const result = solveSchedule(instance, {
      seed,
      timeBudgetMs: seedSeconds * 1000,
      now: () => performance.now(),
      patience: 1000,
    });
    if (!best || result.score.total > best.total) {
      best = { placements: result.placements, total: result.score.total, seed };
    }
    console.log(`medium: solver seed ${seed} → ${result.score.total}`);
  }
  if (!best) return;
  const ours = (performance.now() - started) / 1000;
  let exact: ExactResult | null = null;
  try {
    exact = await solveExactly(instance, { timeLimitSeconds: effort.highsSeconds });
    console.log(`medium: HiGHS ${exact.status} ${exact.total}, bound ${exact.dualBound}`);
  } catch (error) {
    // The wasm build aborts when its memory runs out on long searches; keep our own result.
    console.log(`medium: HiGHS failed (${(error as Error).message})`);
  }
  const highsWins = exact?.total != null && exact.total > best.total;
  const solverRuns = `solveSchedule, best of seeds 1-${seeds} at ${seedSeconds} s each (seed ${best.seed})`;
  const highsRun = exact
    ? `HiGHS ${Math.round(exact.seconds)} s: ${exact.status}, found ${exact.total}`
    : 'HiGHS failed';
  const total = highsWins ? exact!.total! : best.total;
  const dualBound = exact?.dualBound ?? null;
  const bestKnown = {
    ...reference(
      instance,
      highsWins ? exact!.placements : best.placements,
      total,
      highsWins
        ? `${highsRun}, improving on ${solverRuns}`
        : `${solverRuns}; ${highsRun}, no better`,
    ),
    seconds: round(highsWins ? exact!.seconds : ours),
    dualBound: dualBound === null ? null : Math.floor(dualBound + 1e-6),
    mipGap:
      dualBound === null
        ? null
        : Math.round((1e4 * (Math.floor(dualBound + 1e-6) - total)) / total) / 1e4,
  };
  write({ name: 'medium', generator: MEDIUM, instance, bestKnown });
}

function reference(
  instance: ScheduleInstance,
  placements: SchedulePlacement[],
  total: number | null,
  source: string,
): Reference {
  const rules = checkHardRules(instance, placements);
  if (!rules.ok) throw new Error(`reference solution breaks a hard rule: ${rules.reason}`);
  const score = scoreSchedule(instance, placements);
  if (score.total !== total) {
    throw new Error(`the MIP says ${total} but scoreSchedule says ${score.total}`);
  }
  return { total: score.total, score, placements, source, seconds: 0 };
}

/** Indented JSON with leaf objects and arrays on one line: one vote or placement per line. */
function write(fixture: ScheduleFixture): void {
  const oneLine = (body: string): string => body.replace(/,\n\s+/g, ', ');
  const json = JSON.stringify(fixture, null, 2)
    .replace(/\[\n\s+([^{}[\]]*?)\n\s+\]/g, (_, body: string) => `[${oneLine(body)}]`)
    .replace(/\{\n\s+([^{}]*?)\n\s+\}/g, (_, body: string) => `{ ${oneLine(body)} }`);
  writeFileSync(join(FIXTURE_DIR, `${fixture.name}.json`), `${json}\n`);
}

function valueOf(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

await main();
