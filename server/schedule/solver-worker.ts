import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import type { ScheduleInstance, SchedulePlacement } from '../../shared/schedule/instance';
import { solveSchedule } from '../../shared/schedule/solver';
import { validateInstance } from '../../shared/schedule/validate-instance';

export interface SolveJob {
  id: number;
  instance: ScheduleInstance;
  seed: number;
  timeBudgetMs: number;
  fixed?: SchedulePlacement[];
  /** Int32 flag on shared memory: the main thread sets it to 1 to cancel. */
  cancel: SharedArrayBuffer;
}

/** Runs the solver off the main thread, so the server keeps answering while it works. */
parentPort!.on('message', (job: SolveJob) => {
  const flag = new Int32Array(job.cancel);
  const started = performance.now();
  try {
    // Validating a large event takes a while too: here, not on the server's event loop.
    const valid = validateInstance(job.instance);
    if (!valid.ok) {
      parentPort!.postMessage({ id: job.id, ok: false, invalid: valid.reason });
      return;
    }
    const result = solveSchedule(job.instance, {
      seed: job.seed,
      timeBudgetMs: job.timeBudgetMs - (performance.now() - started),
      now: () => performance.now(),
      shouldStop: () => Atomics.load(flag, 0) === 1,
      ...(job.fixed ? { fixed: job.fixed } : {}),
    });
    parentPort!.postMessage({ id: job.id, ok: true, result });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, error: String(err) });
  }
});
