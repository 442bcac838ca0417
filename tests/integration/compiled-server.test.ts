import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DRAIN_GRACE_MS } from '../../server/plugins/drain';
import { ensureClientBuilt } from '../e2e/build-client';
import { apiAt, type Api } from '../support/http-api';
import { seedEventOverHttp } from '../support/http-event';
import { ROOT, startServerProcess, type ServerProcess } from '../support/server-process';

const DIST = join(ROOT, 'dist/server');

let server: ServerProcess | undefined;
let dir: string | undefined;
const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
  server?.kill();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
}, 30_000);

/** The compiled server on a database of its own, as `node dist/server/main.js` runs it. */
async function startCompiled() {
  dir = mkdtempSync(join(tmpdir(), 'knyta-compiled-'));
  const dbPath = join(dir, 'knyta.db');
  server = await startServerProcess(['dist/server/main.js'], {
    DATABASE_PATH: dbPath,
    NODE_OPTIONS: '',
  });
  return { server, dbPath, api: apiAt(server.url) };
}

/** How many requests to `path` the server has logged so far. */
const logged = (s: ServerProcess, path: string) => s.output().split(`"url":"${path}"`).length - 1;

const until = async (check: () => boolean, what: string, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/**
 * A vote the server has started on (its headers arrived and were logged) but whose body has
 * not all arrived: a write in flight. Sent over a keep-alive connection, as browsers send.
 */
async function voteInFlight(s: ServerProcess, path: string, token: string, dots: number) {
  const body = JSON.stringify({ dots });
  const before = logged(s, path);
  const req = request(`${s.url}${path}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      authorization: `Bearer ${token}`,
    },
  });
  const answer = new Promise<{ status: number; body: Record<string, unknown> }>(
    (resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      });
      req.on('error', reject);
    },
  );
  req.write(body.slice(0, 4));
  await until(() => logged(s, path) > before, 'the vote to arrive');
  return {
    answer,
    /** Sends the rest of the body. */
    finish: () => req.end(body.slice(4)),
  };
}

function connectSocket(url: string, auth: { eventId: string; token?: string }, polling = false) {
  const socket = connect(url, {
    auth,
    transports: polling ? ['polling'] : ['websocket'],
    reconnection: false,
  });
  sockets.push(socket);
  const hungUp = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  return new Promise<{ hungUp: Promise<string> }>((resolve, reject) => {
    socket.once('connect', () => resolve({ hungUp }));
    socket.once('connect_error', reject);
  });
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** What the database file alone holds, without its write-ahead log: copied and opened apart. */
function dotsInDatabaseFile(dbPath: string, proposalId: string): number | undefined {
  const copy = join(dir!, 'copy.db');
  copyFileSync(dbPath, copy);
  const sqlite = new Database(copy, { readonly: true });
  try {
    const row = sqlite.prepare('select dots from votes where proposal_id = ?').get(proposalId) as
      { dots: number } | undefined;
    return row?.dots;
  } finally {
    sqlite.close();
  }
}

async function pitch(api: Api, eventId: string, token: string, title: string) {
  const res = await api<{ proposal: { id: string } }>(
    'POST',
    `/api/events/${eventId}/proposals`,
    token,
    { title },
  );
  return res.proposal.id;
}

describe('compiled server', () => {
  it('runs from dist/server as plain JavaScript, suggests in its compiled worker, stops on SIGTERM', async () => {
    for (const file of ['main.js', 'solver-worker.js', 'checkpoint-worker.js']) {
      // Node parses it without a loader: no TypeScript syntax is left, and nothing imports tsx.
      const check = spawnSync(process.execPath, ['--check', join(DIST, file)], {
        encoding: 'utf8',
      });
      expect(check.status, check.stderr).toBe(0);
      expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/from ["']tsx[/"']/);
    }
    // Only the compiled worker is there to start: the tsx loader stays in server/schedule.
    expect(existsSync(join(DIST, 'solver-worker.mjs'))).toBe(false);

    const { server, dbPath, api } = await startCompiled();
    const pid = server.child.pid!;
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(argv).toEqual([process.execPath, 'dist/server/main.js']);
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    expect(environ.filter((v) => v.startsWith('NODE_OPTIONS=') && v !== 'NODE_OPTIONS=')).toEqual(
      [],
    );

    expect(await api('GET', '/api/health')).toEqual({ ok: true });
    const size = { rooms: 2, slots: 2, participants: 4, proposals: 4 };
    const { eventId, adminToken } = await seedEventOverHttp(api, size);
    const suggestion = await api<{ placements: unknown[]; score: { after: { total: number } } }>(
      'POST',
      `/api/events/${eventId}/schedule/suggest`,
      adminToken,
      { mode: 'replan', seconds: 0.1 },
    );
    expect(suggestion.placements).toHaveLength(4);
    expect(suggestion.score.after.total).toBeGreaterThan(0);

    const stopped = await server.stop('SIGTERM', 5000);
    expect(stopped.code, server.output()).toBe(0);

    // The compiled checkpointer thread starts, checkpoints and stops on its own as well.
    const checkpointer = new Worker(join(DIST, 'checkpoint-worker.js'), {
      workerData: { path: dbPath, intervalMs: 50 },
    });
    const exit = new Promise<number>((resolve) => checkpointer.once('exit', resolve));
    await new Promise((r) => setTimeout(r, 200));
    checkpointer.postMessage('stop');
    expect(await exit).toBe(0);
    expect(statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  }, 30_000);

  it.each([
    { signal: 'SIGTERM', stalled: true },
    { signal: 'SIGINT', stalled: false },
  ] as const)(
    'on $signal with sockets connected, both threads up and a write in flight (a stalled one too: $stalled): answers it, hangs up, exits 0 within 5 s, the write in the database file',
    async ({ signal, stalled }) => {
      const { server, dbPath, api } = await startCompiled();
      const size = { rooms: 2, slots: 2, participants: 3, proposals: 3 };
      const { eventId, adminToken, proposalIds } = await seedEventOverHttp(api, size);
      const base = `/api/events/${eventId}`;
      const { token } = await api<{ token: string }>('POST', '/api/join', undefined, {
        joinCode: (await api<{ event: { joinCode: string } }>('GET', base)).event.joinCode,
      });

      // The solver thread, started lazily by a first suggestion.
      await api('POST', `${base}/schedule/suggest`, adminToken, { mode: 'fill', seconds: 0.1 });
      // The checkpointer thread, started once the write-ahead log passes 1 MB.
      for (let i = 0; i < 150; i++) {
        await api('PUT', `${base}/proposals/${proposalIds[0]}/vote`, token, { dots: 1 + (i % 2) });
      }
      expect(statSync(`${dbPath}-wal`).size).toBeGreaterThan(1024 * 1024);
      await new Promise((r) => setTimeout(r, 1500));

      const connected = await Promise.all([
        connectSocket(server.url, { eventId, token: adminToken }),
        connectSocket(server.url, { eventId, token }),
        connectSocket(server.url, { eventId }, true),
      ]);
      const target = await pitch(api, eventId, adminToken, 'Voted on while stopping');
      const vote = await voteInFlight(server, `${base}/proposals/${target}/vote`, token, 2);
      // A suggestion with ten seconds to think answers at once with what it has.
      const suggestions = logged(server, `${base}/schedule/suggest`);
      const suggesting = fetch(`${server.url}${base}/schedule/suggest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ mode: 'replan', seconds: 10 }),
      });
      await until(
        () => logged(server, `${base}/schedule/suggest`) > suggestions,
        'the suggestion to arrive',
      );
      // A body that never finishes arriving holds nothing up for longer than the grace.
      const cut = stalled
        ? (
            await voteInFlight(server, `${base}/proposals/${proposalIds[1]}/vote`, token, 1)
          ).answer.then(
            () => 'answered',
            () => 'cut',
          )
        : undefined;

      const stopping = server.stop(signal, 5000);
      await new Promise((r) => setTimeout(r, 100));
      vote.finish();
      const answered = await vote.answer;
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ dots: 2 });
      expect((await suggesting).status).toBe(200);
      expect(await Promise.all(connected.map((c) => c.hungUp))).toEqual(
        Array(3).fill('io server disconnect'),
      );
      const stopped = await stopping;
      expect(stopped.code, server.output()).toBe(0);
      if (cut) {
        expect(await cut).toBe('cut');
        expect(stopped.ms).toBeLessThan(5000);
      } else {
        // Nothing waited for the grace: the answered requests' connections closed with them.
        expect(stopped.ms).toBeLessThan(DRAIN_GRACE_MS);
      }

      // The last checkpoint folded the log into the database file, which holds the vote alone.
      expect(statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
      expect(dotsInDatabaseFile(dbPath, target)).toBe(2);
    },
    40_000,
  );

  it('exits cleanly when whoever read its log has gone', async () => {
    const { server } = await startCompiled();
    // As the reader of `npm start | pino-pretty` dies with the same Ctrl-C.
    server.child.stdout!.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const stopped = await server.stop('SIGTERM', 5000);
    expect(stopped.code).toBe(0);
  }, 20_000);

  it('stops through npm start, on Ctrl-C to the process group and on SIGTERM to npm alone', async () => {
    await ensureClientBuilt();
    for (const how of [
      { signal: 'SIGINT', group: true },
      { signal: 'SIGTERM', group: false },
    ] as const) {
      dir = mkdtempSync(join(tmpdir(), 'knyta-npm-start-'));
      const dbPath = join(dir, 'knyta.db');
      server = await startServerProcess(['start'], { DATABASE_PATH: dbPath }, 60_000, {
        command: 'npm',
      });
      const api = apiAt(server.url);
      const { event, adminToken } = await api<{
        event: { id: string; joinCode: string };
        adminToken: string;
      }>('POST', '/api/events', undefined, { name: 'Through npm' });
      const { token } = await api<{ token: string }>('POST', '/api/join', undefined, {
        joinCode: event.joinCode,
      });
      const target = await pitch(api, event.id, adminToken, 'Pitched');
      const { hungUp } = await connectSocket(server.url, { eventId: event.id, token });
      const path = `/api/events/${event.id}/proposals/${target}/vote`;
      const vote = await voteInFlight(server, path, token, 1);

      const stopping = server.stop(how.signal, 5000, { group: how.group });
      await new Promise((r) => setTimeout(r, 100));
      vote.finish();
      expect((await vote.answer).status).toBe(200);
      expect(await hungUp).toBe('io server disconnect');
      const stopped = await stopping;
      expect(stopped.code, server.output()).toBe(0);
      expect(isRunning(server.serverPid)).toBe(false);
      expect(dotsInDatabaseFile(dbPath, target)).toBe(1);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
