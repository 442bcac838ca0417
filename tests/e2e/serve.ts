import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/app';
import { openDb } from '../../server/db/client';
import { randomIds, systemClock } from '../../server/deps';
import type { Limits } from '../../server/guard/limits';
import { apiAt } from '../support/http-api';
import { CLIENT_DIR } from './build-client';

/** The real app with the built client, on a fresh migrated in-memory database and a free port. */
export async function serveApp(opts: { limits?: Partial<Limits> } = {}) {
  const db = openDb(':memory:');
  const app = await buildApp({
    db,
    clock: systemClock,
    ids: randomIds,
    closeDb: true,
    clientDir: CLIENT_DIR,
    ...(opts.limits ? { limits: opts.limits } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, url, api: apiAt(url), close: () => app.close() };
}

export type Served = Awaited<ReturnType<typeof serveApp>>;
