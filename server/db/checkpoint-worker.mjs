// The WAL checkpointer's thread, in plain JavaScript so that it runs as it is under tsx and
// Vitest and bundled by scripts/build-server.mjs. See checkpointer.ts for why it exists.
import Database from 'better-sqlite3';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';

// Started when the log grows, long after the server lowered its other helper threads: this one
// lowers itself. On Linux the nice value is per thread, and 0 names the calling one; elsewhere
// it would lower the whole server, so only there.
if (workerData.nice > 0 && process.platform === 'linux') {
  try {
    setPriority(workerData.nice);
  } catch {
    // Not allowed here: the thread runs at the server's priority.
  }
}

const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const checkpoint = (mode) => db.pragma(`wal_checkpoint(${mode})`);
const timer = setInterval(() => checkpoint('PASSIVE'), workerData.intervalMs);

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  // The server has stopped writing: fold the whole log into the database and empty it.
  checkpoint('TRUNCATE');
  db.close();
  parentPort.close();
});
