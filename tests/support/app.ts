import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { buildApp, type App } from '../../server/app';
import { openDb } from '../../server/db/client';
import { randomIds, type Clock } from '../../server/deps';
import type { TrustProxy } from '../../server/guard/client-address';
import type { Limits } from '../../server/guard/limits';
import type { FrameOptions } from '../../server/live/fact-frames';
import type {
  ClientToServerEvents,
  Fact,
  FactName,
  Facts,
  ServerToClientEvents,
  SocketAuth,
} from '../../shared/events';

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

/**
 * The real app on a real, freshly migrated in-memory SQLite; with `clientDir`, the built client
 * too.
 */
export async function startApp(
  opts: {
    listen?: boolean;
    clientDir?: string;
    frames?: Partial<FrameOptions>;
    metrics?: boolean;
    turnBudgetMs?: number;
    trustProxy?: TrustProxy;
    limits?: Partial<Limits>;
  } = {},
) {
  const db = openDb(':memory:');
  const clock = testClock();
  const app = await buildApp({
    db,
    clock,
    ids: randomIds,
    closeDb: true,
    ...(opts.frames ? { frames: opts.frames } : {}),
    ...(opts.clientDir ? { clientDir: opts.clientDir } : {}),
    metrics: opts.metrics ?? false,
    ...(opts.turnBudgetMs !== undefined ? { turnBudgetMs: opts.turnBudgetMs } : {}),
    ...(opts.trustProxy ? { trustProxy: opts.trustProxy } : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
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
    async socket(
      auth: SocketAuth,
      transports: ('websocket' | 'polling')[] = ['websocket'],
      extraHeaders?: Record<string, string>,
    ): Promise<TestClient> {
      const s: TestClient = connect(url, {
        auth,
        transports,
        reconnection: false,
        ...(extraHeaders ? { extraHeaders } : {}),
      });
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

/** Calls `handler` with every fact named `name` that reaches `socket`, frame by frame. */
export function onFact<K extends FactName>(
  socket: TestClient,
  name: K,
  handler: (payload: Facts[K]) => void,
): () => void {
  const listener = (frame: Fact[]) => {
    for (const [n, payload] of frame) if (n === name) handler(payload as Facts[K]);
  };
  socket.on('facts', listener);
  return () => socket.off('facts', listener);
}

/** Waits for the next fact named `name` on `socket`, or fails after `ms`. */
export function nextFact<K extends FactName>(
  socket: TestClient,
  name: K,
  ms = 2000,
): Promise<Facts[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${name} within ${ms} ms`));
    }, ms);
    const off = onFact(socket, name, (payload) => {
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

/** Every frame a socket receives, with its arrival time, to check what did (not) arrive. */
export function recordFrames(socket: TestClient) {
  const frames: { at: number; facts: Fact[] }[] = [];
  socket.on('facts', (facts) => frames.push({ at: performance.now(), facts }));
  return {
    frames,
    /** The facts of every frame, in arrival order. */
    facts: () => frames.flatMap((f) => f.facts),
  };
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
