/**
 * A load generator process: the vote storm (open loop, on schedule whether or not earlier
 * votes were answered) and snapshot reads (closed loop), over keep-alive HTTP connections.
 */
import { createHttpClient, errorKey, type HttpClient } from './http-client';
import { serveCommands } from './ipc';
import { countInto, nowMs, randomSource, sleep } from './stats';

export interface StormResult {
  offered: number;
  sent: number;
  /** Due votes not sent because every participant already had one in flight. */
  skipped: number;
  /** Participants able to vote at the start (a request lost earlier leaves its voter out). */
  voters: number;
  ok: number;
  /** Answered 200 but changed nothing: the local model was wrong. */
  unchanged: number;
  errors: Record<string, number>;
  /** (scheduledAt, ackAt, version) per 2xx vote, monotonic ms. */
  acks: Float64Array;
  /** How late the generator itself sent, at worst. */
  lateMaxMs: number;
  /** Monotonic ms when the last answer (or give-up) came. */
  endedAt: number;
}

export interface ReadsResult {
  ok: number;
  errors: Record<string, number>;
  latencies: Float64Array;
  wireBytes: number;
}

export type LoadCommands = {
  init: {
    args: {
      url: string;
      eventId: string;
      tokens: string[];
      proposalIds: string[];
      budget: number;
      maxPerProposal: number;
      connections: number;
      seed: number;
    };
    result: null;
  };
  storm: {
    args: { startAt: number; rate: number; seconds: number; settleMs: number };
    result: StormResult;
  };
  reads: {
    args: { startAt: number; seconds: number; concurrency: number; encoding: 'gzip' | 'identity' };
    result: ReadsResult;
  };
};

interface Voter {
  token: string;
  /** Dots per proposal index, as the server last said. */
  dots: Int8Array;
  remaining: number;
}

let url = '';
let eventId = '';
let proposalIds: string[] = [];
let maxPerProposal = 3;
let connections = 48;
let voters: Voter[] = [];
/** Voters with no request in flight. */
let idle: number[] = [];
let random = randomSource(1);

/** One dot more where this voter has room, or one less once the budget is spent. */
function nextVote(voter: Voter): { proposal: number; dots: number } | null {
  const n = proposalIds.length;
  const start = random.int(n);
  const adding = voter.remaining > 0;
  for (let k = 0; k < n; k++) {
    const p = (start + k) % n;
    const dots = voter.dots[p]!;
    if (adding ? dots < maxPerProposal : dots > 0)
      return { proposal: p, dots: adding ? dots + 1 : dots - 1 };
  }
  return null;
}

async function storm(
  http: HttpClient,
  { startAt, rate, seconds, settleMs }: LoadCommands['storm']['args'],
): Promise<StormResult> {
  const offered = Math.floor(rate * seconds);
  const available = idle.length;
  const errors: Record<string, number> = {};
  const acks: number[] = [];
  let sent = 0;
  let skipped = 0;
  let ok = 0;
  let unchanged = 0;
  let inFlight = 0;
  let lateMaxMs = 0;
  let over = false;

  const fire = (scheduledAt: number) => {
    if (idle.length === 0) {
      skipped++;
      return;
    }
    const slot = random.int(idle.length);
    const index = idle[slot]!;
    idle[slot] = idle[idle.length - 1]!;
    idle.pop();
    const voter = voters[index]!;
    const vote = nextVote(voter);
    if (!vote) {
      idle.push(index);
      skipped++;
      return;
    }
    sent++;
    inFlight++;
    const before = voter.dots[vote.proposal]!;
    http
      .send('PUT', `/api/events/${eventId}/proposals/${proposalIds[vote.proposal]}/vote`, {
        token: voter.token,
        body: { dots: vote.dots },
      })
      .then(
        (answer) => {
          if (over) return;
          const ackAt = nowMs();
          if (answer.status === 200) {
            const ack = JSON.parse(answer.text()) as {
              dots: number;
              remaining: number;
              version: number;
            };
            ok++;
            if (ack.dots === before) unchanged++;
            voter.dots[vote.proposal] = ack.dots;
            voter.remaining = ack.remaining;
            acks.push(scheduledAt, ackAt, ack.version);
          } else {
            countInto(errors, errorKey(answer));
          }
          idle.push(index);
        },
        // The model of this voter is unknown now: leave them out of the rest of the run.
        (err: unknown) => {
          if (!over) countInto(errors, `network: ${err instanceof Error ? err.message : err}`);
        },
      )
      .finally(() => inFlight--);
  };

  for (let i = 0; i < offered;) {
    const due = startAt + (i * 1000) / rate;
    const now = nowMs();
    if (due > now) {
      await sleep(due - now);
      continue;
    }
    lateMaxMs = Math.max(lateMaxMs, now - due);
    fire(due);
    i++;
  }
  const giveUpAt = nowMs() + settleMs;
  while (inFlight > 0 && nowMs() < giveUpAt) await sleep(5);
  if (inFlight > 0) {
    countInto(errors, 'unanswered at the end', inFlight);
    // Abort them, queued ones too, so that they do not reach the server in the next phase.
    over = true;
    http.close();
  }
  return {
    offered,
    sent,
    skipped,
    voters: available,
    ok,
    unchanged,
    errors,
    acks: Float64Array.from(acks),
    lateMaxMs,
    endedAt: nowMs(),
  };
}

async function reads(
  http: HttpClient,
  { startAt, seconds, concurrency, encoding }: LoadCommands['reads']['args'],
): Promise<ReadsResult> {
  await sleep(Math.max(0, startAt - nowMs()));
  const endAt = startAt + seconds * 1000;
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let ok = 0;
  let wireBytes = 0;
  const lane = async () => {
    while (nowMs() < endAt) {
      const voter = voters[random.int(voters.length)]!;
      const t0 = nowMs();
      try {
        const answer = await http.send('GET', `/api/events/${eventId}`, {
          token: voter.token,
          encoding,
          // A read still waiting long after the phase ended is a failure, not a reason to wait.
          timeoutMs: Math.max(1000, endAt - nowMs() + 5000),
        });
        if (answer.status === 200) {
          ok++;
          wireBytes += answer.wireBytes;
          latencies.push(nowMs() - t0);
        } else countInto(errors, errorKey(answer));
      } catch (err) {
        countInto(errors, `network: ${err instanceof Error ? err.message : err}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { ok, errors, latencies: Float64Array.from(latencies), wireBytes };
}

let http: HttpClient | null = null;
/** A fresh pool per phase: a phase that gave up on requests destroys its connections. */
function pool(size: number): HttpClient {
  http?.close();
  http = createHttpClient(url, size);
  return http;
}

serveCommands<LoadCommands>({
  init(args) {
    url = args.url;
    eventId = args.eventId;
    proposalIds = args.proposalIds;
    maxPerProposal = args.maxPerProposal;
    connections = args.connections;
    random = randomSource(args.seed);
    voters = args.tokens.map((token) => ({
      token,
      dots: new Int8Array(args.proposalIds.length),
      remaining: args.budget,
    }));
    idle = voters.map((_, i) => i);
    return null;
  },
  storm: (args) => storm(pool(connections), args),
  // Closed loop: one connection per read in flight, or reads would queue in the client.
  reads: (args) => reads(pool(Math.max(connections, args.concurrency)), args),
});
