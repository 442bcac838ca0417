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
  }, 60_000);

  it('keeps every acknowledged vote of a storm cut short by kill -9', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knyta-'));
    dirs.push(dir);
    const dbPath = join(dir, 'knyta.db');
    const first = await startServer(dbPath);
    servers.push(first);
    const { event, adminToken } = (
      await json(`${first.url}/api/events`, {
        method: 'POST',
        body: JSON.stringify({ name: 'Storm', dotsPerParticipant: 10, maxDotsPerProposal: 3 }),
      })
    ).body;
    const admin = { authorization: `Bearer ${adminToken}` };
    const proposalIds: string[] = [];
    for (let k = 0; k < 10; k++) {
      const res = await json(`${first.url}/api/events/${event.id}/proposals`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ title: `Session ${k}` }),
      });
      proposalIds.push(res.body.proposal.id);
    }
    const people = await Promise.all(
      Array.from({ length: 40 }, () =>
        json(`${first.url}/api/join`, {
          method: 'POST',
          body: JSON.stringify({ joinCode: event.joinCode }),
        }).then((r) => ({ token: r.body.token as string, acked: 0, lastVersion: 0 })),
      ),
    );

    // Each person puts one dot on each proposal in turn; the server dies mid-storm.
    let acked = 0;
    let killed = false;
    const chains = people.map(async (person) => {
      for (const proposalId of proposalIds) {
        if (killed) return;
        try {
          const res = await json(
            `${first.url}/api/events/${event.id}/proposals/${proposalId}/vote`,
            {
              method: 'PUT',
              headers: { authorization: `Bearer ${person.token}` },
              body: JSON.stringify({ dots: 1 }),
            },
          );
          if (res.status !== 200) throw new Error(JSON.stringify(res.body));
          person.acked++;
          person.lastVersion = res.body.version;
          if (++acked === 150) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch (err) {
          if (!killed) throw err;
          return; // the answer died with the server: this vote may or may not have landed
        }
      }
    });
    await Promise.all(chains);
    expect(acked).toBeGreaterThanOrEqual(150);

    const second = await startServer(dbPath);
    servers.push(second);
    let total = 0;
    for (const person of people) {
      const snap = await json(`${second.url}/api/events/${event.id}`, {
        headers: { authorization: `Bearer ${person.token}` },
      });
      const dots = Object.values(snap.body.me.votes as Record<string, number>);
      const held = dots.reduce((a, b) => a + b, 0);
      // Every acknowledged dot is there; at most the one in flight landed unanswered.
      expect(held).toBeGreaterThanOrEqual(person.acked);
      expect(held).toBeLessThanOrEqual(person.acked + 1);
      expect(snap.body.version).toBeGreaterThanOrEqual(person.lastVersion);
      total += held;
    }
    const tallies = (await json(`${second.url}/api/events/${event.id}`)).body.proposals as {
      dots: number;
    }[];
    expect(tallies.reduce((a, p) => a + p.dots, 0)).toBe(total);
  }, 60_000);
});
