import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Db } from './client';

/** Under tsx and Vitest the plain-JS source; bundled (`npm start`), its copy beside main.js. */
const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('./checkpoint-worker.mjs', import.meta.url)
  : new URL('./checkpoint-worker.js', import.meta.url);

const CHECKPOINT_EVERY_MS = 1000;
/** How often the server looks at the log's size, and from what size it wants the thread. */
const WATCH_EVERY_MS = 1000;
const START_AT_BYTES = 1024 * 1024;
/** A quiet log this long stops the thread again: an idle thread holds ~12 MB. */
const IDLE_STOP_MS = 2 * 60_000;
const AUTO_CHECKPOINT_PAGES = 1000;

/**
 * Copies the write-ahead log into the database file from a thread of its own. SQLite's own
 * checkpoint runs inside the commit that crosses 1,000 pages and waits for the disk (fsync):
 * during a vote storm that held the event loop for 20–150 ms about once a second. The thread
 * starts once the log passes 1 MB (an idle server has none) and stops after two quiet minutes.
 * If it dies, the server's own connection checkpoints again, so the log never grows unbounded.
 */
export function startCheckpointer(
  db: Db,
  path: string,
  /** The thread's nice value on Linux (see server/helper-threads.ts); 0 leaves it as is. */
  { nice = 0 }: { nice?: number } = {},
): { stop(): Promise<void> } {
  if (path === ':memory:') return { stop: async () => {} };
  const walBytes = () => statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  let worker: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  let lastSize = 0;
  let quietSince = Date.now();
  let stopping = false;

  const selfCheckpoint = (on: boolean) => {
    if (db.$client.open)
      db.$client.pragma(`wal_autocheckpoint = ${on ? AUTO_CHECKPOINT_PAGES : 0}`);
  };

  const start = () => {
    selfCheckpoint(false);
    const w = new Worker(WORKER_FILE, {
      workerData: { path, intervalMs: CHECKPOINT_EVERY_MS, nice },
    });
    exited = new Promise((resolve) => w.once('exit', () => resolve()));
    w.once('exit', () => {
      if (worker === w) worker = null;
      // Stopped for idleness or crashed, and no successor yet: SQLite checkpoints by itself.
      if (!stopping && worker === null) selfCheckpoint(true);
    });
    // Reported by 'exit' above; the server goes on with SQLite's own checkpoints.
    w.on('error', () => {});
    w.unref();
    worker = w;
  };

  const stopWorker = async () => {
    const w = worker;
    if (!w) return;
    worker = null;
    w.postMessage('stop');
    await exited;
  };

  const watch = setInterval(() => {
    const size = walBytes();
    if (size !== lastSize) quietSince = Date.now();
    lastSize = size;
    if (!worker && size > START_AT_BYTES) start();
    else if (worker && Date.now() - quietSince > IDLE_STOP_MS) void stopWorker();
  }, WATCH_EVERY_MS);
  watch.unref();

  return {
    /** After the last write: the thread, if running, folds the whole log in and ends. */
    async stop(): Promise<void> {
      stopping = true;
      clearInterval(watch);
      await stopWorker();
    },
  };
}
