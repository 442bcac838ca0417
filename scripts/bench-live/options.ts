import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export const SCENARIOS = ['storm', 'snapshots', 'reconnect'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** How the reconnect storm's sockets drop: all in one instant, or each just before it returns. */
export const DROPS = ['together', 'each'] as const;
export type Drop = (typeof DROPS)[number];

export const USAGE = `npm run bench:live -- [options]

Starts the real server as \`npm start\` does, connects sockets from worker processes and
measures a scenario against it. Loopback only; stops by itself.

  --scenario S          storm | snapshots | reconnect | all            (storm)
  --sockets N           participant sockets, each its own participant  (2000)
  --voters V            participants who vote, V ≥ N; the first N connect (N)
  --projectors N        anonymous viewer sockets                       (4)
  --facilitators N      admin sockets                                  (1)
  --rate R              votes offered per second (storm, reconnect)    (170)
  --seconds S           length of the storm or of the snapshot reads   (20)
  --workers W           socket worker processes, one per core the bench  (1 with --pin,
                        runs on: more on one core only take turns        else all cores)
  --generators G        load generator processes (votes, reads)        (1)
  --connections C       keep-alive HTTP connections per generator      (48)
  --concurrency C       snapshot reads in flight, all generators       (64)
  --encoding E          accept-encoding of snapshot GETs: gzip|identity (gzip)
  --transport T         socket transports, e.g. polling,websocket       (websocket)
  --proposals P         proposals pitched before the storm             (60)
  --join-concurrency J  joins in flight during set-up                  (16)
  --join-rate J         joins per second during set-up, 0 = no pacing  (0)
  --drop D              reconnect: together = all drop in one instant,  (together)
                        each = every phone drops just before it returns
  --drain S             seconds to wait for the last deliveries        (2)
  --warmup S            an unrecorded storm first, at the same rate;    (3)
                        reconnect: when S > 0, an unrecorded round first
  --seed N              seed of the vote picker                        (1)
  --port P              server port, 0 = a free one                    (0)
  --pin                 server on core 0 (taskset -c 0), the bench on core 1
  --keep-db             keep the temporary database and print its path
  --timeout S           give up after S seconds in all                 (900)
  --json                machine-readable results on stdout
  --help

BENCH_PROF=dir writes CPU profiles of the server and every bench process to dir.`;

export interface Options {
  scenarios: Scenario[];
  sockets: number;
  /** Participants who join and vote; the first `sockets` of them also connect a socket. */
  voters: number;
  projectors: number;
  facilitators: number;
  rate: number;
  seconds: number;
  workers: number;
  generators: number;
  connections: number;
  concurrency: number;
  encoding: 'gzip' | 'identity';
  transports: ('polling' | 'websocket')[];
  proposals: number;
  joinConcurrency: number;
  joinRate: number;
  drop: Drop;
  drainSeconds: number;
  warmupSeconds: number;
  seed: number;
  port: number;
  pin: boolean;
  keepDb: boolean;
  timeoutSeconds: number;
  json: boolean;
  help: boolean;
}

function count(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return n;
}

function amount(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}`);
  return n;
}

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      scenario: { type: 'string' },
      sockets: { type: 'string' },
      voters: { type: 'string' },
      projectors: { type: 'string' },
      facilitators: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string' },
      workers: { type: 'string' },
      generators: { type: 'string' },
      connections: { type: 'string' },
      concurrency: { type: 'string' },
      encoding: { type: 'string' },
      transport: { type: 'string' },
      proposals: { type: 'string' },
      'join-concurrency': { type: 'string' },
      'join-rate': { type: 'string' },
      drain: { type: 'string' },
      drop: { type: 'string' },
      warmup: { type: 'string' },
      seed: { type: 'string' },
      port: { type: 'string' },
      pin: { type: 'boolean' },
      'keep-db': { type: 'boolean' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const scenario = values.scenario ?? 'storm';
  const scenarios = scenario === 'all' ? [...SCENARIOS] : SCENARIOS.filter((s) => s === scenario);
  if (scenarios.length === 0) throw new Error(`--scenario must be one of ${SCENARIOS}, all`);
  const encoding = values.encoding ?? 'gzip';
  if (encoding !== 'gzip' && encoding !== 'identity') {
    throw new Error('--encoding must be gzip or identity');
  }
  const transports = (values.transport ?? 'websocket').split(',').map((t) => t.trim());
  if (
    !transports.every((t): t is 'polling' | 'websocket' => t === 'polling' || t === 'websocket')
  ) {
    throw new Error('--transport takes polling and/or websocket, e.g. polling,websocket');
  }
  const drop = values.drop ?? 'together';
  if (!DROPS.some((d) => d === drop)) throw new Error(`--drop must be one of ${DROPS}`);
  const sockets = count('sockets', values.sockets, 2000, 0);
  const voters = count('voters', values.voters, sockets, 1);
  if (voters < sockets) throw new Error('--voters must be at least --sockets');
  return {
    scenarios,
    sockets,
    voters,
    projectors: count('projectors', values.projectors, 4),
    facilitators: count('facilitators', values.facilitators, 1),
    rate: amount('rate', values.rate, 170, 0.1),
    seconds: amount('seconds', values.seconds, 20, 1),
    // Worker processes sharing one core cost more than one process holding all the sockets:
    // each warms up its own JIT and GC, and they take turns (docs/BENCHMARKS.md).
    workers: count('workers', values.workers, values.pin ? 1 : availableParallelism(), 1),
    generators: count('generators', values.generators, 1, 1),
    connections: count('connections', values.connections, 48, 1),
    concurrency: count('concurrency', values.concurrency, 64, 1),
    encoding,
    transports,
    proposals: count('proposals', values.proposals, 60, 1),
    joinConcurrency: count('join-concurrency', values['join-concurrency'], 16, 1),
    joinRate: amount('join-rate', values['join-rate'], 0, 0),
    drop: drop as Drop,
    drainSeconds: amount('drain', values.drain, 2, 0),
    warmupSeconds: amount('warmup', values.warmup, 3, 0),
    seed: count('seed', values.seed, 1),
    port: count('port', values.port, 0),
    pin: values.pin ?? false,
    keepDb: values['keep-db'] ?? false,
    timeoutSeconds: count('timeout', values.timeout, 900, 10),
    json: values.json ?? false,
    help: values.help ?? false,
  };
}
