import { Worker } from 'node:worker_threads';
import type { ScheduleInstance, ScheduleResult } from '../../shared/schedule/instance';
import type { SolveJob } from './solver-worker';

type Reply =
  | { id: number; ok: true; result: ScheduleResult }
  | { id: number; ok: false; error?: string; invalid?: string };

/**
 * Which file the worker thread runs. Under tsx and Vitest this module is TypeScript source and
 * Node cannot start a worker on a .ts file, so start the .mjs loader that imports the worker
 * through tsx. Bundled by scripts/build-server.mjs (`npm start`), this module is part of
 * dist/server/main.js and the worker is compiled next to it: start that directly, without tsx.
 */
const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('./solver-worker.mjs', import.meta.url)
  : new URL('./solver-worker.js', import.meta.url);

/** The event does not make a valid scheduling problem; `message` says why, in one line. */
export class InvalidInstanceError extends Error {}

/** Facilitators ask for suggestions in bursts, then not for hours. */
const IDLE_STOP_MS = 2 * 60_000;

/**
 * One solver thread, started by the first request and stopped after `idleStopMs` without one:
 * an idle thread is a second V8 isolate holding ~15 MB, and starting one costs a few hundred
 * milliseconds, little next to the solver's own budget. Jobs queue behind each other. A crashed
 * thread fails its jobs and is replaced by the next request.
 */
export function createSolverPool({ idleStopMs = IDLE_STOP_MS }: { idleStopMs?: number } = {}) {
  let worker: Worker | null = null;
  let idleTimer: NodeJS.Timeout | undefined;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: ScheduleResult) => void; reject: (e: Error) => void; cancel: Int32Array }
  >();

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    worker = null;
  };

  const start = () => {
    const w = new Worker(WORKER_FILE);
    w.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result);
      else if (reply.invalid) p.reject(new InvalidInstanceError(reply.invalid));
      else p.reject(new Error(reply.error));
      if (pending.size === 0) stopWhenIdle(w);
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => {
      if (worker === w) failAll(new Error(`solver thread exited (${code})`));
    });
    return w;
  };

  const stopWhenIdle = (w: Worker) => {
    idleTimer = setTimeout(() => {
      if (worker !== w || pending.size > 0) return;
      worker = null;
      void w.terminate();
    }, idleStopMs);
    // A waiting stop must not keep the process alive.
    idleTimer.unref();
  };

  return {
    /** Whether a solver thread is up (started and not yet stopped for idleness). */
    get running() {
      return worker !== null;
    },
    solve(
      instance: ScheduleInstance,
      opts: { seed: number; timeBudgetMs: number; signal?: AbortSignal },
    ): Promise<ScheduleResult> {
      clearTimeout(idleTimer);
      worker ??= start();
      const id = nextId++;
      const cancel = new SharedArrayBuffer(4);
      const flag = new Int32Array(cancel);
      opts.signal?.addEventListener('abort', () => Atomics.store(flag, 0, 1));
      const job: SolveJob = {
        id,
        instance,
        seed: opts.seed,
        timeBudgetMs: opts.timeBudgetMs,
        cancel,
      };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, cancel: flag });
        worker!.postMessage(job);
      });
    },
    /** Asks every running and queued job to answer now with the best it has found so far. */
    hurry() {
      for (const p of pending.values()) Atomics.store(p.cancel, 0, 1);
    },
    async close() {
      clearTimeout(idleTimer);
      const w = worker;
      worker = null;
      if (w) await w.terminate();
      failAll(new Error('solver pool closed'));
    },
  };
}

export type SolverPool = ReturnType<typeof createSolverPool>;
