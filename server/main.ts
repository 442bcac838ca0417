import { resolve } from 'node:path';
import { buildApp } from './app';
import { loadConfig } from './config';
import { startCheckpointer } from './db/checkpointer';
import { openDb } from './db/client';
import { parseTrustProxy } from './guard/client-address';
import { randomIds, systemClock } from './deps';

/** The only file that listens: read config, open the database, serve, shut down cleanly. */
const config = loadConfig(process.env);
const db = openDb(config.DATABASE_PATH, { synchronous: config.DATABASE_SYNCHRONOUS });
const checkpointer = startCheckpointer(db, config.DATABASE_PATH);
const app = await buildApp({
  db,
  clock: systemClock,
  ids: randomIds,
  closeDb: true,
  logger: { level: config.LOG_LEVEL },
  clientDir: resolve(config.CLIENT_DIR),
  metrics: config.METRICS,
  trustProxy: parseTrustProxy(config.TRUST_PROXY),
  frames: { windowMs: config.LIVE_FRAME_MS },
});

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    app
      .close()
      .then(() => checkpointer.stop())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          app.log.error({ err }, 'error while closing');
          process.exit(1);
        },
      );
  });
}

await app.listen({ port: config.PORT, host: config.HOST });
