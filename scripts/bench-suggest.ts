/**
 * `npm run bench:suggest`: a large event (300 proposals, 12 rooms × 10 slots, 2,000 voters) on
 * the real server over loopback. Measures how long "Suggest schedule" takes end to end and how
 * much the event loop stalls meanwhile (target: p99 ≤ 20 ms), while a client keeps polling.
 * SUGGEST_SECONDS sets the solver budget (default 2).
 */
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../server/app';
import { hashToken } from '../server/auth/tokens';
import { openDb } from '../server/db/client';
import { participants, proposals, votes } from '../server/db/schema';
import { randomIds, systemClock } from '../server/deps';
import { generateInstance } from '../shared/schedule/generate-instance';

const SECONDS = Number(process.env.SUGGEST_SECONDS ?? 2);
const db = openDb(':memory:');
const app = await buildApp({ db, clock: systemClock, ids: randomIds, closeDb: true });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api`;

async function call(method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

// The event, its rooms and slots through the API; the crowd's votes straight into the tables.
const instance = generateInstance({ seed: 7, sessions: 300, rooms: 12, slots: 10, voters: 2000 });
const created = await call('POST', '/events', null, { name: 'Bench', dotsPerParticipant: 5 });
const eventId: string = created.event.id;
const admin: string = created.adminToken;
const capacities = instance.rooms.map((r) => r.capacity);
for (const [i, capacity] of capacities.entries()) {
  await call('POST', `/events/${eventId}/rooms`, admin, { name: `Room ${i + 1}`, capacity });
}
await call('POST', `/events/${eventId}/slots/batch`, admin, {
  slots: instance.slots.map((_, i) => ({
    startsAt: new Date(Date.UTC(2026, 10, 27, 8 + i)).toISOString(),
    endsAt: new Date(Date.UTC(2026, 10, 27, 8 + i, 45)).toISOString(),
  })),
});
const now = new Date();
const voters = new Set(instance.votes.map((v) => v.voterId));
for (const s of instance.sessions) for (const h of s.hosts) voters.add(h);
const used = new Map<string, number>();
const tally = new Map<string, { dots: number; voters: number }>();
for (const v of instance.votes) {
  used.set(v.voterId, (used.get(v.voterId) ?? 0) + v.dots);
  const t = tally.get(v.sessionId) ?? { dots: 0, voters: 0 };
  tally.set(v.sessionId, { dots: t.dots + v.dots, voters: t.voters + 1 });
}
db.transaction((tx) => {
  for (const id of voters) {
    tx.insert(participants)
      .values({
        id,
        eventId,
        name: id,
        tokenHash: hashToken(`bench-${id}`),
        dotsUsed: used.get(id) ?? 0,
        createdAt: now,
      })
      .run();
  }
  for (const s of instance.sessions) {
    const t = tally.get(s.id) ?? { dots: 0, voters: 0 };
    tx.insert(proposals)
      .values({
        id: s.id,
        eventId,
        title: `Session ${s.id}`,
        hosts: s.hosts,
        ...t,
        createdAt: now,
        updatedAt: now,
      })
      .run();
  }
  for (const v of instance.votes) {
    tx.insert(votes)
      .values({
        participantId: v.voterId,
        proposalId: v.sessionId,
        eventId,
        dots: v.dots,
        updatedAt: now,
      })
      .run();
  }
});

// Start the solver thread, as the event's first suggestion does, then measure a warm one.
await call('POST', `/events/${eventId}/schedule/suggest`, admin, { mode: 'replan', seconds: 0.1 });

const histogram = monitorEventLoopDelay({ resolution: 1 });
const latencies: number[] = [];
let polling = true;
const poller = (async () => {
  while (polling) {
    const t0 = performance.now();
    await call('GET', '/health', null);
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
})();
histogram.enable();
const t0 = performance.now();
const suggestion = await call('POST', `/events/${eventId}/schedule/suggest`, admin, {
  mode: 'replan',
  seconds: SECONDS,
});
const elapsed = performance.now() - t0;
histogram.disable();
polling = false;
await poller;

const ms = (ns: number) => (ns / 1e6).toFixed(1);
latencies.sort((a, b) => a - b);
const pct = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
console.log(
  `Suggest schedule, 300 proposals, 12 rooms × 10 slots, ${voters.size} participants, ${instance.votes.length} votes`,
);
console.log(`  solver budget          ${SECONDS} s`);
console.log(`  request end to end     ${(elapsed / 1000).toFixed(2)} s`);
console.log(`  placements proposed    ${suggestion.placements.length}`);
console.log(
  `  score before → after   ${suggestion.score.before.total} → ${suggestion.score.after.total}`,
);
console.log(
  `  event-loop delay       p50 ${ms(histogram.percentile(50))} ms, p99 ${ms(histogram.percentile(99))} ms, max ${ms(histogram.max)} ms`,
);
console.log(
  `  /api/health meanwhile  ${latencies.length} requests, p50 ${pct(0.5).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms`,
);
await app.close();
