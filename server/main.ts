import { resolve } from 'node:path';
import pino from 'pino';
import { buildApp } from './app';
import { loadConfig } from './config';
import { startCheckpointer } from './db/checkpointer';
import { openDb } from './db/client';
import { parseTrustProxy } from './guard/client-address';
import { randomIds, systemClock } from './deps';
import { lowerHelperThreads } from './helper-threads';

/** The only file that listens: read config, open the database, serve, shut down cleanly. */
const config = loadConfig(process.env);
// Pino's own default, held here so that the shutdown can wait for the last lines (below).
const logStream = pino.destination({ fd: 1, sync: false });
let logBroken = false;
logStream.on('error', () => (logBroken = true));

const db = openDb(config.DATABASE_PATH, { synchronous: config.DATABASE_SYNCHRONOUS });
const checkpointer = startCheckpointer(db, config.DATABASE_PATH, {
  nice: config.HELPER_THREAD_NICE,
});
const app = await buildApp({
  db,
  clock: systemClock,
  ids: randomIds,
  closeDb: true,
  logger: { level: config.LOG_LEVEL, stream: logStream },
  clientDir: resolve(config.CLIENT_DIR),
  metrics: config.METRICS,
  trustProxy: parseTrustProxy(config.TRUST_PROXY),
  frames: { windowMs: config.LIVE_FRAME_MS },
});

/** If closing hangs all the same, exit with an error before a supervisor's 5-second kill. */
const EXIT_DEADLINE_MS = 4500;

/**
 * Exits once the log's last lines are written or have failed. On exit pino writes what is left
 * synchronously, and its writer (sonic-boom 4) retries a write to a closed pipe forever: the
 * reader of `npm start | pino-pretty` dies with the same Ctrl-C.
 */
function exitAfterLog(code: number): void {
  if (logBroken) process.exit(code);
  logStream.once('close', () => process.exit(code));
  logStream.once('error', () => process.exit(code));
  logStream.end();
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // A terminal's Ctrl-C reaches both npm and node, and npm passes its own on: act on the first.
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    setTimeout(() => {
      app.log.error({ handles: process.getActiveResourcesInfo() }, 'not closed in time, exiting');
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
    // Sockets hung up, requests in flight answered, solver thread ended, database closed, then
    // the checkpointer thread's last checkpoint. Exit then rather than wait for the loop to
    // empty: engine.io keeps a 30-second timer for a polling client to fetch its close packet.
    app
      .close()
      .then(() => checkpointer.stop())
      .then(
        () => {
          app.log.info('closed');
          exitAfterLog(0);
        },
        (err: unknown) => {
          app.log.error({ err }, 'error while closing');
          exitAfterLog(1);
        },
      );
  });
}

await app.listen({ port: config.PORT, host: config.HOST });
// Once listening, V8's helper threads and libuv's pool (which reading the client's files
// started) are there; the checkpoint thread, started when the log grows, lowers itself. The
// solver thread keeps the main thread's share: a facilitator waits for its answer.
lowerHelperThreads(config.HELPER_THREAD_NICE);
