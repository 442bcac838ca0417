/** The results as a readable table, with the issue's targets beside them. */
import type { CostReport } from './bench';
import type { ReconnectReport } from './scenarios/reconnect';
import type { SnapshotsReport } from './scenarios/snapshots';
import type { StormReport } from './scenarios/storm';
import type { Summary } from './stats';

const num = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => (n < 10 ? num(n, 1) : num(n));
const mb = (bytes: number) => `${num(bytes / 1024 / 1024, 1)} MB`;
export const kb = (bytes: number) => `${num(bytes / 1024, 1)} KB`;
const summary = (s: Summary) =>
  s.count === 0
    ? 'no samples'
    : `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)} · max ${ms(s.max)}`;
export const counts = (c: Record<string, number>) => {
  const entries = Object.entries(c).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? 'none' : entries.map(([k, v]) => `${k} ×${num(v)}`).join(', ');
};
const check = (ok: boolean, target: string) => `${ok ? '✓' : '✗'} ${target}`;

export function row(label: string, value: string, target = ''): string {
  return `  ${label.padEnd(26)} ${value}${target ? `   [${target}]` : ''}`;
}

function costRows(
  c: CostReport,
  per: string,
  perValue: number,
  targets: { health?: boolean; eventLoop?: boolean } = {},
): string[] {
  const b = c.benchCpuMs;
  return [
    row(
      'server CPU',
      `${num(perValue, 2)} ms per ${per} · ${num(c.serverCpuPercent)} % of a core over ${num(c.wallMs / 1000, 1)} s`,
    ),
    row(
      'server main thread',
      `ran ${num(c.serverMainThread.runMs)} ms, waited ${num(c.serverMainThread.waitMs)} ms for a free core`,
    ),
    row(
      'bench CPU (generator)',
      `${num(c.benchCpuPercent)} % of a core: main ${num(b.main)} ms, socket workers ${num(b.sockets)} ms, generators ${num(b.generators)} ms`,
    ),
    row(
      'event-loop delay',
      `max ${ms(c.eventLoop.maxMs)} · p99 ${ms(c.eventLoop.p99Ms)} ms`,
      targets.eventLoop ? check(c.eventLoop.maxMs <= 200, 'max ≤ 200') : '',
    ),
    row(
      '/api/health ms',
      `${summary(c.health)}${c.health.failed ? ` · ${c.health.failed} failed or timed out` : ''} (prober late by ≤ ${ms(c.health.proberDelayMaxMs)})`,
      targets.health ? check(c.health.max <= 100 && c.health.failed === 0, 'max ≤ 100') : '',
    ),
  ];
}

export function stormRows(r: StormReport): string[] {
  const expected = r.sockets * r.versions;
  return [
    `Vote storm: ${num(r.rate, 1)} votes/s offered for ${num(r.seconds)} s, ${num(r.sockets)} sockets`,
    row(
      'votes offered/s',
      `${num(r.offeredPerSecond, 1)} (${num(r.offered)} due, ${num(r.sent)} sent, ${num(r.skipped)} skipped: none of ${num(r.voters)} voters idle)`,
    ),
    row(
      'votes served/s',
      `${num(r.servedPerSecond, 1)} (${num(r.served)} × 2xx, last answer after ${num(r.lastAckAfterSeconds, 1)} s)`,
      check(r.servedPerSecond >= (r.rate * 160) / 170, `≥ ${num((r.rate * 160) / 170, 1)}`),
    ),
    row('errors', counts(r.errors) + (r.unchanged ? ` · ${r.unchanged} acks changed nothing` : '')),
    row('ack ms', summary(r.ackMs), check(r.ackMs.p95 <= 50, 'p95 ≤ 50')),
    row(
      'vote → last socket ms',
      summary(r.voteToLastSocketMs),
      check(r.voteToLastSocketMs.p95 <= 200, 'p95 ≤ 200'),
    ),
    row('vote → first socket ms', summary(r.voteToFirstSocketMs)),
    row(
      '  server: → last written',
      `p50 ${ms(r.cost.crowdFrames.p50Ms)} · p95 ${ms(r.cost.crowdFrames.p95Ms)} · max ${ms(r.cost.crowdFrames.maxMs)} (${num(r.cost.crowdFrames.facts)} facts to the crowd: publication to the frame's write to its last socket)`,
    ),
    row(
      'missing deliveries',
      `${num(r.missing)} of ${num(expected)} (${num(r.sockets)} sockets × ${num(r.versions)} versions${r.drained ? '' : ', drain timed out'})`,
      check(r.missing === 0, '0'),
    ),
    row(
      'version gaps',
      `${num(r.gaps)} (out of order ${num(r.outOfOrder)}, unplanned disconnects ${num(r.unexpectedDisconnects)})`,
      check(r.gaps === 0, '0'),
    ),
    row('frames per socket per s', num(r.framesPerSocketPerSecond, 1)),
    row('generator late by', `max ${ms(r.generatorLateMaxMs)} ms`),
    ...costRows(r.cost, 'vote', r.serverCpuMsPerVote, { health: true }),
  ];
}

export function snapshotRows(r: SnapshotsReport): string[] {
  return [
    `Snapshot reads: ${r.concurrency} in flight for ${num(r.seconds)} s, accept-encoding ${r.encoding}`,
    row('reads/s', num(r.readsPerSecond), check(r.readsPerSecond >= 3000, '≥ 3,000')),
    row('errors', counts(r.errors)),
    row('read ms', summary(r.latencyMs)),
    row('bytes per response', `${num(r.bytesPerResponse)} (${kb(r.bytesPerResponse)})`),
    ...costRows(r.cost, 'read', r.serverCpuMsPerRead),
  ];
}

export function reconnectRows(r: ReconnectReport): string[] {
  const all = r.allCurrentAfterMs;
  return [
    `Reconnect storm: ${num(r.clients)} sockets drop (${r.drop === 'together' ? 'all at once' : 'each as it returns'}) and reconnect within ${num(r.spreadMs)} ms, votes going on`,
    row(
      'reconnected',
      `${num(r.reconnected)} of ${num(r.clients)}; connect errors ${counts(r.connectErrors)}`,
    ),
    row(
      'snapshots',
      `${num(r.snapshots)} fetched (${num(r.refetches)} again after a gap); errors ${counts(r.snapshotErrors)}`,
    ),
    row('caught up ms (per client)', summary(r.catchUpMs)),
    row('  of which handshake ms', summary(r.connectMs)),
    row('  then snapshot ms', summary(r.snapshotMs)),
    row(
      'all current after',
      all === null ? 'never' : `${ms(all)} ms from the drop`,
      check(all !== null && all <= 5000 && r.notCaughtUp === 0, '≤ 5,000 ms, none left'),
    ),
    row(
      'not caught up',
      `${num(r.notCaughtUp)}; at the final version: ${num(r.atFinalVersion)} of ${num(r.clients)}`,
    ),
    row('votes during', `${num(r.votesDuring)} × 2xx; errors ${counts(r.voteErrors)}`),
    ...costRows(r.cost, 'client', r.cost.serverCpuMs / Math.max(1, r.clients), {
      eventLoop: true,
    }),
  ];
}

export function memoryRows(m: {
  afterStart: number;
  afterSetUp: number;
  afterSockets: number;
  sockets: number;
}): string[] {
  const perSocket = (m.afterSockets - m.afterSetUp) / Math.max(1, m.sockets);
  return [
    row(
      'server RSS',
      `${mb(m.afterStart)} after start · ${mb(m.afterSetUp)} after set-up · ${mb(m.afterSockets)} with sockets`,
    ),
    row('RSS per socket', kb(perSocket), check(perSocket <= 40 * 1024, '≤ 40 KB')),
  ];
}
