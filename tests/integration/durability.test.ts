import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';

/** The real server (TypeScript through tsx) as a separate process on a real file. */
const startServer = (databasePath: string) =>
  startServerProcess(['--import', 'tsx', 'server/main.ts'], { DATABASE_PATH: databasePath });

const servers: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const s of servers) s.child.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function json(url: string, init: RequestInit = {}) {
  const res = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('durability', () => {
  it('keeps every acknowledged write when the server is killed and restarted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knyta-'));
    dirs.push(dir);
    const dbPath = join(dir, 'nested', 'knyta.db');

    const first = await startServer(dbPath);
    servers.push(first);
    const created = await json(`${first.url}/api/events`, {
      method: 'POST',
      body: JSON.stringify({ name: 'Survives' }),
    });
    const { event } = created.body;
    const joined = await json(`${first.url}/api/join`, {
      method: 'POST',
      body: JSON.stringify({ joinCode: event.joinCode, name: 'Ada' }),
    });
    const auth = { authorization: `Bearer ${joined.body.token}` };
    const proposal = await json(`${first.url}/api/events/${event.id}/proposals`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: 'Crash-safe' }),
    });
    const voted = await json(
      `${first.url}/api/events/${event.id}/proposals/${proposal.body.proposal.id}/vote`,
      { method: 'PUT', headers: auth, body: JSON.stringify({ dots: 3 }) },
    );
    expect(voted.status).toBe(200);

    // Killed without warning.
    await first.stop('SIGKILL');

    const second = await startServer(dbPath);
    servers.push(second);
    const snap = await json(`${second.url}/api/events/${event.id}`, { headers: auth });
    expect(snap.status).toBe(200);
    expect(snap.body.proposals).toMatchObject([{ title: 'Crash-safe', dots: 3, voters: 1 }]);
    expect(snap.body.me.remaining).toBe(2);
  }, 45_000);
});
