import { Worker } from 'node:worker_threads';
import type { Db } from './client';

/** Under tsx and Vitest the plain-JS source; bundled (`npm start`), its copy beside main.js. */
const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('./checkpoint-worker.mjs', import.meta.url)
  : new URL('./checkpoint-worker.js', import.meta.url);

const EVERY_MS = 1000;
const AUTO_CHECKPOINT_PAGES = 1000;

/**
 * Copies the write-ahead log into the database file from a thread of its own. SQLite's own
 * checkpoint runs inside the commit that crosses 1,000 pages and waits for the disk (fsync):
 * during a vote storm that held the event loop for 20–150 ms about once a second. Checkpoints
 * from a second connection run beside the writes. If the thread dies, the server's own
 * connection checkpoints again as before, so the log never grows without bound.
 */
export function startCheckpointer(db: Db, path: string): { stop(): Promise<void> } {
  if (path === ':memory:') return { stop: async () => {} };
  db.$client.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_FILE, { workerData: { path, intervalMs: EVERY_MS } });
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.once('exit', () => {
    if (!stopping && db.$client.open) {
      db.$client.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    }
  });
  worker.on('error', () => {
    // Reported by the 'exit' above; the server goes on with SQLite's own checkpoints.
  });
  // A checkpointer alone must not keep the process alive.
  worker.unref();
  return {
    /** After the last write: one final, complete checkpoint, then the thread ends. */
    async stop(): Promise<void> {
      stopping = true;
      worker.postMessage('stop');
      await exited;
    },
  };
}
