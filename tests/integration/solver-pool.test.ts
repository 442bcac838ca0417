import { afterEach, describe, expect, it } from 'vitest';
import { createSolverPool, type SolverPool } from '../../server/schedule/solver-pool';
import { generateInstance } from '../../shared/schedule/generate-instance';
import type { ScheduleInstance } from '../../shared/schedule/instance';

const instance: ScheduleInstance = {
  rooms: [{ id: 'r1', capacity: 10 }],
  slots: [{ id: 's1' }, { id: 's2' }],
  sessions: [
    { id: 'a', hosts: ['ada'] },
    { id: 'b', hosts: ['bo'] },
  ],
  votes: [
    { voterId: 'v1', sessionId: 'a', dots: 2 },
    { voterId: 'v2', sessionId: 'b', dots: 1 },
  ],
};
const job = { seed: 1, timeBudgetMs: 50 };
/** Large enough that the solver uses its whole time budget. */
const busyInstance = generateInstance({ seed: 7, sessions: 120, rooms: 8, slots: 8, voters: 600 });
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let pool: SolverPool;
afterEach(async () => {
  await pool.close();
});

describe('solver pool', () => {
  it('starts its thread on the first job, not before', async () => {
    pool = createSolverPool();
    expect(pool.running).toBe(false);
    const result = await pool.solve(instance, job);
    expect(result.placements).toHaveLength(2);
    expect(pool.running).toBe(true);
  });

  it('stops an idle thread and starts a new one for the next job', async () => {
    pool = createSolverPool({ idleStopMs: 300 });
    await pool.solve(instance, job);
    expect(pool.running).toBe(true);
    await pause(800);
    expect(pool.running).toBe(false);
    const again = await pool.solve(instance, job);
    expect(again.score.total).toBe(3);
  });

  it('keeps a thread that is busy or was just used', async () => {
    pool = createSolverPool({ idleStopMs: 500 });
    const busy = pool.solve(busyInstance, { seed: 1, timeBudgetMs: 800 });
    await pause(600);
    expect(pool.running).toBe(true);
    await busy;
    await pause(300);
    // Had the first job's stop still been waiting, it would end this one midway.
    await pool.solve(busyInstance, { seed: 1, timeBudgetMs: 400 });
    expect(pool.running).toBe(true);
  });

  it('answers every running and queued job at once, with their best so far, when hurried', async () => {
    pool = createSolverPool();
    const started = performance.now();
    // Unhurried, these two would take 40 s one after the other.
    const running = pool.solve(busyInstance, { seed: 1, timeBudgetMs: 20_000 });
    const queued = pool.solve(busyInstance, { seed: 2, timeBudgetMs: 20_000 });
    await pause(300);
    pool.hurry();
    const [first, second] = await Promise.all([running, queued]);
    // The thread's start-up (under tsx, on a busy machine) is most of what remains.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(first.placements.length).toBeGreaterThan(0);
    expect(second.placements.length).toBeGreaterThan(0);
  });
});
