/**
 * The reconnect storm: every socket drops and comes back within one second, fetches the
 * snapshot on `connect` as the real client does, then follows the facts, while votes go on.
 * `--drop together`: all drop in one instant (the server hears 2,000 goodbyes at once), then
 * return spread over the second. `--drop each`: every phone drops just before it returns, as
 * phones do whose Wi-Fi comes back one by one.
 */
import { currentVersion, drain, measure, settle, type Bench, type CostReport } from '../bench';
import type { Drop } from '../options';
import { mergeCounts, nowMs, summarize, type Summary } from '../stats';
import { STORM_SETTLE_MS, triples } from './storm';

const SPREAD_MS = 1000;
/** Votes run from 1 s before the drop until 3 s after it. */
const VOTES_BEFORE_MS = 1000;
const VOTE_SECONDS = 4;
const DEADLINE_MS = 15_000;

export interface ReconnectReport {
  clients: number;
  spreadMs: number;
  drop: Drop;
  votesDuring: number;
  voteErrors: Record<string, number>;
  reconnected: number;
  connectErrors: Record<string, number>;
  snapshotErrors: Record<string, number>;
  snapshots: number;
  /** Snapshots fetched again because a version was missing after one. */
  refetches: number;
  /** Per client: from its connect() until it held the version the server had at that moment. */
  catchUpMs: Summary;
  /** Its two parts: the socket's handshake, then the snapshot fetched on `connect`. */
  connectMs: Summary;
  snapshotMs: Summary;
  /** From the drop until the last client was current again; null if none ever was. */
  allCurrentAfterMs: number | null;
  notCaughtUp: number;
  /** Clients holding the server's final version once the votes stopped. */
  atFinalVersion: number;
  cost: CostReport;
}

/** Every socket drops and returns once, votes going on: what a round is, recorded or not. */
async function dropAndReturn(b: Bench, seedOffset: number) {
  const { rate, generators, encoding, seed } = b.opts;
  const perGenerator = rate / generators;
  const votesAt = nowMs() + 200;
  const dropAt = votesAt + VOTES_BEFORE_MS;
  const deadline = dropAt + DEADLINE_MS;
  const [votes, outcomes] = await Promise.all([
    Promise.all(
      b.fleet.generators.map((g) =>
        g.call('storm', {
          startAt: votesAt,
          rate: perGenerator,
          seconds: VOTE_SECONDS,
          settleMs: STORM_SETTLE_MS,
        }),
      ),
    ),
    Promise.all(
      b.fleet.sockets.map((w, i) =>
        w.call('reconnect', {
          dropAt,
          spreadMs: SPREAD_MS,
          drop: b.opts.drop,
          deadline,
          encoding,
          httpConnections: 64,
          seed: seed * 1000 + seedOffset + i,
        }),
      ),
    ),
  ]);
  const finalVersion = await currentVersion(b);
  await drain(b, finalVersion, Math.max(b.opts.drainSeconds * 1000, deadline - nowMs()));
  return { votes, outcomes, dropAt, finalVersion };
}

export async function runReconnect(b: Bench): Promise<ReconnectReport> {
  const { rate, generators } = b.opts;
  const perGenerator = rate / generators;
  // As the storm has its warm-up: a server that has run for a while has compiled the code
  // that hang-ups and returns go through, and so has every phone. A first round, cold, is
  // not recorded (the 2 December runs before this were cold: BENCHMARKS.md).
  if (b.opts.warmupSeconds > 0) {
    b.log(`warm-up: ${b.sockets} sockets drop and come back once, not recorded…`);
    // Other return times than the recorded round's.
    await dropAndReturn(b, 500);
    await settle(b);
  }
  // A few votes first, so that the event has moved on since the sockets connected.
  await Promise.all(
    b.fleet.generators.map((g) =>
      g.call('storm', {
        startAt: nowMs(),
        rate: perGenerator,
        seconds: 1,
        settleMs: STORM_SETTLE_MS,
      }),
    ),
  );
  const floorVersion = await currentVersion(b);
  await drain(b, floorVersion, b.opts.drainSeconds * 1000);

  b.log(`reconnect: ${b.sockets} sockets drop and come back within ${SPREAD_MS} ms…`);
  const phase = await measure(b);
  const { votes, outcomes, dropAt, finalVersion } = await dropAndReturn(b, 0);
  const cost = await phase.stop();

  // (ackAt, version) in order of answer: what the server held by then, at least.
  const acks = triples(votes).sort((x, y) => x[1] - y[1]);
  const ackPairs = Float64Array.from(acks.flatMap(([, ackAt, version]) => [ackAt, version]));
  const caught = await Promise.all(
    b.fleet.sockets.map((w) => w.call('catchUp', { acks: ackPairs, floorVersion, finalVersion })),
  );
  const lastCaughtAt = Math.max(...caught.map((c) => c.lastCaughtAt));
  return {
    clients: b.sockets,
    spreadMs: SPREAD_MS,
    drop: b.opts.drop,
    votesDuring: votes.reduce((n, v) => n + v.ok, 0),
    voteErrors: mergeCounts(votes.map((v) => v.errors)),
    reconnected: outcomes.reduce((n, o) => n + o.reconnected, 0),
    connectErrors: mergeCounts(outcomes.map((o) => o.connectErrors)),
    snapshotErrors: mergeCounts(caught.map((c) => c.snapshotErrors)),
    snapshots: caught.reduce((n, c) => n + c.snapshots, 0),
    refetches: caught.reduce((n, c) => n + c.refetches, 0),
    catchUpMs: summarize(caught.flatMap((c) => Array.from(c.latencies))),
    connectMs: summarize(caught.flatMap((c) => Array.from(c.connectMs))),
    snapshotMs: summarize(caught.flatMap((c) => Array.from(c.snapshotMs))),
    allCurrentAfterMs: lastCaughtAt > 0 ? lastCaughtAt - dropAt : null,
    notCaughtUp: caught.reduce((n, c) => n + c.notCaughtUp, 0),
    atFinalVersion: caught.reduce((n, c) => n + c.atFinalVersion, 0),
    cost,
  };
}
