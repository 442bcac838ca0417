/**
 * `npm run bench:votes`: a vote costs the same however many votes the event already holds
 * (stored tallies and budgets, indexed upserts, no scans). Times PUT …/vote through the real
 * app (inject, no network) on a file database with WAL and synchronous=FULL, at growing sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app';
import { hashToken } from '../server/auth/tokens';
import { openDb } from '../server/db/client';
import { participants, proposals, votes } from '../server/db/schema';
import { randomIds, systemClock } from '../server/deps';

const dir = mkdtempSync(join(tmpdir(), 'knyta-bench-'));
const db = openDb(join(dir, 'bench.db'));
// One voter casts 400 votes in a second or two, far more than LIMITS.writes lets a person do:
// the limiter still runs on every vote, it only never refuses one here.
const app = await buildApp({
  db,
  clock: systemClock,
  ids: randomIds,
  closeDb: true,
  limits: { writes: { max: 1_000, windowMs: 30_000 } },
});
await app.ready();

const created = (
  await app.inject({
    method: 'POST',
    url: '/api/events',
    payload: { name: 'Bench', dotsPerParticipant: 100, maxDotsPerProposal: 3 },
  })
).json();
const eventId: string = created.event.id;
const PROPOSALS = 200;
const now = new Date();
db.transaction((tx) => {
  for (let i = 0; i < PROPOSALS; i++) {
    tx.insert(proposals)
      .values({ id: `p${i}`, eventId, title: `P${i}`, hosts: [], createdAt: now, updatedAt: now })
      .run();
  }
});

let seeded = 0;
/** Adds participants with one dot on each of 50 proposals, straight into the tables. */
function grow(to: number) {
  db.transaction((tx) => {
    while (seeded < to) {
      const id = `seed${seeded / 50}`;
      tx.insert(participants)
        .values({ id, eventId, tokenHash: hashToken(id), dotsUsed: 50, createdAt: now })
        .run();
      for (let k = 0; k < 50; k++) {
        tx.insert(votes)
          .values({ participantId: id, proposalId: `p${k}`, eventId, dots: 1, updatedAt: now })
          .run();
      }
      seeded += 50;
    }
  });
}

console.log('existing votes | votes timed | mean ms | p50 ms | p99 ms');
for (const size of [1_000, 10_000, 100_000, 300_000]) {
  grow(size);
  const joined = (
    await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { joinCode: created.event.joinCode },
    })
  ).json();
  const headers = { authorization: `Bearer ${joined.token}` };
  const times: number[] = [];
  for (let i = 0; i < 400; i++) {
    const t0 = performance.now();
    const res = await app.inject({
      method: 'PUT',
      // Ten proposals, dots cycling 1, 2, 3, 0: every request changes something.
      url: `/api/events/${eventId}/proposals/p${i % 10}/vote`,
      headers,
      payload: { dots: Math.floor(i / 10) % 4 === 3 ? 0 : (Math.floor(i / 10) % 4) + 1 },
    });
    times.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(2);
  console.log(
    `${String(size).padStart(14)} | ${String(times.length).padStart(11)} | ${mean.toFixed(2).padStart(7)} | ${at(0.5).padStart(6)} | ${at(0.99).padStart(6)}`,
  );
}
await app.close();
rmSync(dir, { recursive: true, force: true });
