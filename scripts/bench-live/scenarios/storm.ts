/** The vote storm: R votes/s offered for S seconds while every socket watches the tallies. */
import { currentVersion, drain, measure, type Bench, type CostReport } from '../bench';
import type { StormResult } from '../load-worker';
import { mergeCounts, nowMs, summarize, type Summary } from '../stats';

/** Votes still unanswered this long after the last was sent are given up (and aborted). */
export const STORM_SETTLE_MS = 15_000;

export interface StormReport {
  rate: number;
  seconds: number;
  sockets: number;
  offered: number;
  sent: number;
  skipped: number;
  voters: number;
  served: number;
  unchanged: number;
  offeredPerSecond: number;
  /** 2xx answers per second from the storm's start to its last answer (at least S seconds). */
  servedPerSecond: number;
  lastAckAfterSeconds: number;
  errors: Record<string, number>;
  generatorLateMaxMs: number;
  ackMs: Summary;
  /** Per vote: from its scheduled send to the moment the last socket received its version. */
  voteToLastSocketMs: Summary;
  /** When the first socket had it: the server's part of the delay, before the fan-out spreads. */
  voteToFirstSocketMs: Summary;
  versions: number;
  /** (socket, version) pairs that should have arrived and did not, after the drain. */
  missing: number;
  gaps: number;
  outOfOrder: number;
  unexpectedDisconnects: number;
  drained: boolean;
  framesPerSocketPerSecond: number;
  serverCpuMsPerVote: number;
  cost: CostReport;
}

/** The acks of all generators, as (scheduledAt, ackAt, version) triples. */
export function triples(results: StormResult[]): [number, number, number][] {
  const all: [number, number, number][] = [];
  for (const r of results) {
    for (let i = 0; i < r.acks.length; i += 3)
      all.push([r.acks[i]!, r.acks[i + 1]!, r.acks[i + 2]!]);
  }
  return all;
}

/**
 * The same storm, unrecorded: the first second of a storm after a quiet set-up runs on cold
 * code in every process (JIT, buffers), and the phones' side lagged a second or more behind
 * until it warmed up. An event's opening minutes are not its first second either.
 */
async function warmUp(b: Bench): Promise<void> {
  const { rate, generators, warmupSeconds } = b.opts;
  if (warmupSeconds === 0) return;
  b.log(`warm-up: ${rate} votes/s for ${warmupSeconds} s, not recorded…`);
  const startAt = nowMs() + 100;
  await Promise.all(
    b.fleet.generators.map((g) =>
      g.call('storm', {
        startAt,
        rate: rate / generators,
        seconds: warmupSeconds,
        settleMs: STORM_SETTLE_MS,
      }),
    ),
  );
  await drain(b, await currentVersion(b), b.opts.drainSeconds * 1000);
}

export async function runStorm(b: Bench): Promise<StormReport> {
  const { rate, seconds, generators, drainSeconds } = b.opts;
  await warmUp(b);
  const from = await currentVersion(b);
  const recorded = await Promise.all(b.fleet.sockets.map((w) => w.call('record', { from })));
  const sockets = recorded.reduce((n, r) => n + r.sockets, 0);
  const phase = await measure(b);

  const startAt = nowMs() + 100;
  b.log(`storm: ${rate} votes/s for ${seconds} s to ${sockets} sockets…`);
  const results = await Promise.all(
    b.fleet.generators.map((g) =>
      g.call('storm', { startAt, rate: rate / generators, seconds, settleMs: STORM_SETTLE_MS }),
    ),
  );
  const to = await currentVersion(b);
  const drained = await drain(b, to, drainSeconds * 1000);
  const cost = await phase.stop();
  const deliveries = await Promise.all(b.fleet.sockets.map((w) => w.call('deliveries', { to })));

  const versions = to - from;
  const lastAt = new Float64Array(versions);
  const firstAt = new Float64Array(versions).fill(Infinity);
  let missing = 0;
  for (let i = 0; i < versions; i++) {
    let received = 0;
    for (const d of deliveries) {
      received += d.received[i]!;
      lastAt[i] = Math.max(lastAt[i]!, d.lastAt[i]!);
      if (d.firstAt[i]) firstAt[i] = Math.min(firstAt[i]!, d.firstAt[i]!);
    }
    missing += Math.max(0, sockets - received);
  }
  const acks = triples(results);
  const ackMs = acks.map(([sent, acked]) => acked - sent);
  const toLastSocket: number[] = [];
  const toFirstSocket: number[] = [];
  for (const [sent, , version] of acks) {
    const at = lastAt[version - from - 1];
    if (at) toLastSocket.push(at - sent);
    const first = firstAt[version - from - 1]!;
    if (Number.isFinite(first)) toFirstSocket.push(first - sent);
  }
  const served = results.reduce((n, r) => n + r.ok, 0);
  const lastAck = acks.reduce((max, [, acked]) => Math.max(max, acked), startAt);
  const busySeconds = Math.max(seconds, (lastAck - startAt) / 1000);
  const frames = deliveries.reduce((n, d) => n + d.frames, 0);
  return {
    rate,
    seconds,
    sockets,
    offered: results.reduce((n, r) => n + r.offered, 0),
    sent: results.reduce((n, r) => n + r.sent, 0),
    skipped: results.reduce((n, r) => n + r.skipped, 0),
    voters: results.reduce((n, r) => n + r.voters, 0),
    served,
    unchanged: results.reduce((n, r) => n + r.unchanged, 0),
    offeredPerSecond: rate,
    servedPerSecond: served / busySeconds,
    lastAckAfterSeconds: (lastAck - startAt) / 1000,
    errors: mergeCounts(results.map((r) => r.errors)),
    generatorLateMaxMs: Math.max(...results.map((r) => r.lateMaxMs)),
    ackMs: summarize(ackMs),
    voteToLastSocketMs: summarize(toLastSocket),
    voteToFirstSocketMs: summarize(toFirstSocket),
    versions,
    missing,
    gaps: deliveries.reduce((n, d) => n + d.gaps, 0),
    outOfOrder: deliveries.reduce((n, d) => n + d.outOfOrder, 0),
    unexpectedDisconnects: deliveries.reduce((n, d) => n + d.disconnects, 0),
    drained,
    framesPerSocketPerSecond: frames / Math.max(1, sockets) / (cost.wallMs / 1000),
    serverCpuMsPerVote: served > 0 ? cost.serverCpuMs / served : 0,
    cost,
  };
}
