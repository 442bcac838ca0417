/**
 * `npm run bench:live`: the real server, started as `npm start` starts it, under N live
 * sockets spread over worker processes: a vote storm, snapshot reads, a reconnect storm.
 * Loopback only, bounded in time; every process it starts is stopped, on error and Ctrl-C too.
 * Options: `npm run bench:live -- --help`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentVersion, settle, spread, type Bench } from './bench-live/bench';
import { pinBenchToCore1, SOCKET_WORKER_NICE, startFleet, type Fleet } from './bench-live/fleet';
import { createHttpClient, type HttpClient } from './bench-live/http-client';
import { parseOptions, USAGE, type Options } from './bench-live/options';
import { cpuAffinity, cpuMs, machine, openFileLimit, rssBytes } from './bench-live/proc';
import {
  counts,
  memoryRows,
  reconnectRows,
  row,
  snapshotRows,
  stormRows,
} from './bench-live/report';
import { runReconnect } from './bench-live/scenarios/reconnect';
import { runSnapshots } from './bench-live/scenarios/snapshots';
import { runStorm } from './bench-live/scenarios/storm';
import { startServer, type ServerControl } from './bench-live/server';
import { setUpEvent } from './bench-live/setup';
import type { ClientSpec } from './bench-live/socket-commands';
import { mergeCounts, nowMs, sleep } from './bench-live/stats';

let opts: Options;
try {
  opts = parseOptions(process.argv.slice(2));
} catch (err) {
  console.error(`${err instanceof Error ? err.message : err}\n\n${USAGE}`);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}

/** Progress and diagnostics on stderr; the results on stdout. */
const log = (line: string) => console.error(line);
const print = (line = '') => {
  if (!opts.json) console.log(line);
};

const totalSockets = opts.sockets + opts.projectors + opts.facilitators;
// The server holds one descriptor per socket, plus HTTP connections, the database, the build.
const needed =
  totalSockets + opts.generators * opts.connections + opts.concurrency + 64 * opts.workers + 256;
const fileLimit = openFileLimit();
if (fileLimit < needed) {
  console.error(
    `ulimit -n is ${fileLimit}; ${totalSockets} sockets need about ${needed} open files in the server. ` +
      'Raise it (ulimit -n 65536) or use fewer --sockets.',
  );
  process.exit(2);
}
const host = machine();
if (opts.pin) {
  if (host.cores < 2) {
    console.error('--pin needs two cores: the server on core 0, the bench on core 1.');
    process.exit(2);
  }
  pinBenchToCore1();
}

let serverControl: ServerControl | null = null;
let fleet: Fleet | null = null;
let http: HttpClient | null = null;
const dir = mkdtempSync(join(tmpdir(), 'knyta-bench-live-'));
let cleaning: Promise<void> | null = null;
let interrupted = false;

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    http?.close();
    await Promise.allSettled([fleet?.stop(), serverControl?.stop()]);
    if (opts.keepDb) log(`database kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: stopping the server and the workers…`);
    void cleanUp().finally(() => process.exit(130));
  });
}
// Whatever happens, no server is left behind.
process.on('exit', () => serverControl?.killNow());
const watchdog = setTimeout(() => {
  log(`gave up after --timeout ${opts.timeoutSeconds} s`);
  void cleanUp().finally(() => process.exit(1));
}, opts.timeoutSeconds * 1000);

async function main() {
  const command = `npm run bench:live -- ${process.argv.slice(2).join(' ')}`.trim();
  const header = {
    command,
    options: opts,
    node: host.node,
    cpuModel: host.cpuModel,
    cores: host.cores,
    openFileLimit: fileLimit,
  };
  print('Knyta live benchmark');
  print(row('command', command));
  const shown = Object.entries(opts).filter(([k]) => !['help', 'json'].includes(k));
  print(
    row('options', shown.map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(',') : v}`).join(' · ')),
  );
  print(
    row(
      'machine',
      `Node ${host.node} · ${host.cpuModel} · ${host.cores} cores · ulimit -n ${fileLimit}`,
    ),
  );

  log('starting the server (npm start builds the client first if it is stale)…');
  const server = await startServer({
    port: opts.port,
    databasePath: join(dir, 'bench.db'),
    pin: opts.pin,
    log,
    onSpawn: (control) => (serverControl = control),
  });
  const rssAfterStart = rssBytes(server.pid);
  const workers = startFleet(opts.workers, opts.generators);
  fleet = workers;
  http = createHttpClient(server.url, opts.joinConcurrency + 4);

  log(`setting up: ${opts.voters} participants join, ${opts.proposals} proposals…`);
  const event = await setUpEvent(http, {
    participants: opts.voters,
    proposals: opts.proposals,
    joinConcurrency: opts.joinConcurrency,
    joinRate: opts.joinRate,
  });
  await sleep(500);
  const rssAfterSetUp = rssBytes(server.pid);

  const tokens = event.tokens;
  await Promise.all(
    spread(tokens, opts.generators).map((part, i) =>
      workers.generators[i]!.call('init', {
        url: server.url,
        eventId: event.eventId,
        tokens: part,
        proposalIds: event.proposalIds,
        budget: event.dotsPerParticipant,
        maxPerProposal: event.maxDotsPerProposal,
        connections: opts.connections,
        seed: opts.seed * 100 + i,
      }),
    ),
  );

  log(`connecting ${totalSockets} sockets over ${opts.workers} workers…`);
  const specs: ClientSpec[] = [
    ...Array.from({ length: opts.facilitators }, () => ({ token: event.adminToken })),
    ...Array.from({ length: opts.projectors }, () => ({})),
    ...tokens.slice(0, opts.sockets).map((token) => ({ token })),
  ];
  const connectStart = nowMs();
  const connected = await Promise.all(
    spread(specs, opts.workers).map((clients, i) =>
      workers.sockets[i]!.call('connect', {
        url: server.url,
        eventId: event.eventId,
        clients,
        transports: opts.transports,
        concurrency: 32,
      }),
    ),
  );
  const connectSeconds = (nowMs() - connectStart) / 1000;
  const sockets = connected.reduce((n, c) => n + c.connected, 0);
  const connectErrors = mergeCounts(connected.map((c) => c.errors));
  await sleep(1000);
  const rssAfterSockets = rssBytes(server.pid);
  const serverSockets = (await server.metrics()).sockets;
  // What the server costs with everyone connected and nothing happening (pings, timers).
  const idleCpu0 = cpuMs(server.pid);
  await sleep(2000);
  const idleCpuPercent = (100 * (cpuMs(server.pid) - idleCpu0)) / 2000;

  const cpusOf = { server: cpuAffinity(server.pid), bench: workers.affinity() };
  print(row('server', `pid ${server.pid} (${server.layout}) · CPUs ${cpusOf.server}`));
  print(
    row(
      'bench',
      `${opts.workers} socket workers (nice ${SOCKET_WORKER_NICE}) + ${opts.generators} generator(s) · CPUs ${cpusOf.bench}`,
    ),
  );
  print(
    row(
      'set-up',
      `${opts.voters} joined in ${event.joinSeconds.toFixed(1)} s (${event.joinRetries} retried after 429) · ${event.proposalIds.length} proposals`,
    ),
  );
  print(
    row(
      'sockets',
      `${sockets} of ${totalSockets} connected in ${connectSeconds.toFixed(1)} s (${opts.sockets} participants, ${opts.projectors} projectors, ${opts.facilitators} facilitators; ${opts.transports.join(',')}); server counts ${serverSockets}; errors ${counts(connectErrors)}`,
    ),
  );
  const memory = {
    afterStart: rssAfterStart,
    afterSetUp: rssAfterSetUp,
    afterSockets: rssAfterSockets,
    sockets,
  };
  for (const line of memoryRows(memory)) print(line);
  print(
    row('server CPU, idle', `${idleCpuPercent.toFixed(1)} % of a core with the sockets connected`),
  );

  const bench: Bench = { opts, server, fleet: workers, event, http, sockets, log };
  // Nothing has changed since the sockets connected: they are current.
  const version = await currentVersion(bench);
  await Promise.all(workers.sockets.map((w) => w.call('assume', { version })));
  const results: Record<string, unknown> = {};
  for (const scenario of opts.scenarios) {
    print();
    const calm = await settle(bench);
    results[`${scenario}Settle`] = calm;
    if (!calm.settled)
      log(`the server had not settled after ${calm.seconds.toFixed(0)} s; going on`);
    if (scenario === 'storm') {
      const r = await runStorm(bench);
      results.storm = r;
      for (const line of stormRows(r)) print(line);
    } else if (scenario === 'snapshots') {
      const r = await runSnapshots(bench);
      results.snapshots = r;
      for (const line of snapshotRows(r)) print(line);
    } else {
      const r = await runReconnect(bench);
      results.reconnect = r;
      for (const line of reconnectRows(r)) print(line);
    }
    print(
      row(
        'before this phase',
        `${calm.settled ? 'server settled' : 'server NOT settled'} after ${calm.seconds.toFixed(1)} s`,
      ),
    );
  }
  print();
  print('Server CPU is the listening process only (utime+stime from /proc); bench CPU is this');
  print('process, the socket workers and the generators. On 2 cores they compete unless --pin.');

  if (opts.json) {
    const setUp = {
      joinSeconds: event.joinSeconds,
      joinRetries: event.joinRetries,
      proposals: event.proposalIds.length,
      connectSeconds,
      sockets,
      serverSockets,
      connectErrors,
      serverLayout: server.layout,
      idleCpuPercent,
      cpus: cpusOf,
      memory: {
        ...memory,
        perSocketBytes: (rssAfterSockets - rssAfterSetUp) / Math.max(1, sockets),
      },
    };
    console.log(JSON.stringify({ ...header, setUp, ...results }, null, 2));
  }
}

try {
  await main();
  await cleanUp();
  clearTimeout(watchdog);
} catch (err) {
  // After Ctrl-C the workers die first; that is not a failure worth a stack trace.
  if (!interrupted) {
    log(`bench:live failed: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
  }
  await cleanUp();
  clearTimeout(watchdog);
  process.exitCode = 1;
}
