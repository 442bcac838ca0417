import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/app';
import { openDb } from '../../server/db/client';
import { randomIds, systemClock } from '../../server/deps';
import { CLIENT_DIR } from './build-client';

/** The real app with the built client, on a fresh migrated in-memory database and a free port. */
export async function serveApp() {
  const db = openDb(':memory:');
  const app = await buildApp({
    db,
    clock: systemClock,
    ids: randomIds,
    closeDb: true,
    clientDir: CLIENT_DIR,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, url, api: apiAt(url), close: () => app.close() };
}

export type Served = Awaited<ReturnType<typeof serveApp>>;

/** A JSON call to the real server, as a script or another client would make it. */
export function apiAt(url: string) {
  return async <T = Record<string, unknown>>(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ): Promise<T> => {
    const res = await fetch(url + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
}
