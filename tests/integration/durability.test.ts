import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** The real server as a separate process on a real file, killed without warning. */
function startServer(databasePath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children) c.kill('SIGKILL');
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
    children.push(first.child);
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

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await startServer(dbPath);
    children.push(second.child);
    const snap = await json(`${second.url}/api/events/${event.id}`, { headers: auth });
    expect(snap.status).toBe(200);
    expect(snap.body.proposals).toMatchObject([{ title: 'Crash-safe', dots: 3, voters: 1 }]);
    expect(snap.body.me.remaining).toBe(2);
  });
});
