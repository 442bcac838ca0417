import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { buildApp, type App } from '../../server/app';
import { openDb } from '../../server/db/client';
import { randomIds, type Clock } from '../../server/deps';
import type { ClientToServerEvents, ServerToClientEvents, SocketAuth } from '../../shared/events';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A controllable clock: tests move time, the app reads it. */
export function testClock(start = Date.parse('2026-11-27T08:00:00Z')): Clock & {
  set(ms: number): void;
  advance(ms: number): void;
} {
  let now = start;
  return {
    now: () => now,
    set: (ms) => (now = ms),
    advance: (ms) => (now += ms),
  };
}

/** The real app on a real, freshly migrated in-memory SQLite. */
export async function startApp(opts: { listen?: boolean; metrics?: boolean } = {}) {
  const db = openDb(':memory:');
  const clock = testClock();
  const app = await buildApp({
    db,
    clock,
    ids: randomIds,
    closeDb: true,
    metrics: opts.metrics ?? false,
  });
  let url = '';
  if (opts.listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  } else {
    await app.ready();
  }
  const sockets: TestClient[] = [];
  return {
    app,
    db,
    clock,
    url,
    /** A real socket.io-client connection; resolves once connected (or rejects with the reason). */
    async socket(auth: SocketAuth): Promise<TestClient> {
      const s: TestClient = connect(url, { auth, transports: ['websocket'], reconnection: false });
      sockets.push(s);
      await new Promise<void>((resolve, reject) => {
        s.once('connect', () => resolve());
        s.once('connect_error', (err) => reject(err));
      });
      return s;
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await app.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startApp>>;

/** Waits for the next `name` on `socket`, or fails after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestClient,
  name: E,
  ms = 2000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(name)} within ${ms} ms`)), ms);
    const handler = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    };
    socket.once(name, handler as never);
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Creates an event and a participant through the API, as a person would. */
export async function seedEvent(app: App, body: Record<string, unknown> = {}) {
  const created = await app.inject({
    method: 'POST',
    url: '/api/events',
    payload: { name: 'Knytkonferens 2026', ...body },
  });
  const { event, adminToken } = created.json() as {
    event: { id: string; joinCode: string };
    adminToken: string;
  };
  return { event, adminToken };
}

export async function joinAs(app: App, joinCode: string, name?: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/join',
    payload: { joinCode, ...(name ? { name } : {}) },
  });
  return res.json() as {
    eventId: string;
    participant: { id: string; name: string | null };
    token: string;
  };
}
