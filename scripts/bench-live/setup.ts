/** The event under test, set up through the public HTTP API only, as people would. */
import { HttpFailure, type HttpClient } from './http-client';
import { nowMs, sleep } from './stats';
import { participantName, proposalText } from './texts';

export interface BenchEvent {
  eventId: string;
  joinCode: string;
  adminToken: string;
  /** Participant tokens, in join order. */
  tokens: string[];
  proposalIds: string[];
  dotsPerParticipant: number;
  maxDotsPerProposal: number;
  joinSeconds: number;
  /** Joins answered 429 and tried again later. */
  joinRetries: number;
}

export interface SetUpOptions {
  participants: number;
  proposals: number;
  joinConcurrency: number;
  /** Joins started per second; 0 = as fast as the concurrency allows. */
  joinRate: number;
}

const DOTS = 5;
const MAX_PER_PROPOSAL = 3;

/** Runs `task(i)` for i < n with at most `concurrency` at a time, starting at most `rate`/s. */
async function forEachPaced(
  n: number,
  concurrency: number,
  rate: number,
  task: (i: number) => Promise<void>,
) {
  const start = nowMs();
  let next = 0;
  const lane = async () => {
    while (next < n) {
      const i = next++;
      if (rate > 0) {
        const due = start + (i * 1000) / rate;
        if (due > nowMs()) await sleep(due - nowMs());
      }
      await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
}

/** A join refused with 429 waits as the server asks (Retry-After) and tries again. */
async function join(http: HttpClient, joinCode: string, name: string, onRetry: () => void) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await http.json<{ token: string }>('POST', '/api/join', { body: { joinCode, name } });
    } catch (err) {
      if (!(err instanceof HttpFailure) || err.status !== 429 || attempt >= 30) throw err;
      onRetry();
      const retryAfter = Number(err.answer.headers['retry-after']);
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1000);
    }
  }
}

export async function setUpEvent(http: HttpClient, opts: SetUpOptions): Promise<BenchEvent> {
  const created = await http.json<{
    event: { id: string; joinCode: string };
    adminToken: string;
  }>('POST', '/api/events', {
    body: {
      name: 'Bench Open Space',
      language: 'en',
      dotsPerParticipant: DOTS,
      maxDotsPerProposal: MAX_PER_PROPOSAL,
    },
  });
  const { id: eventId, joinCode } = created.event;

  const tokens: string[] = new Array<string>(opts.participants);
  let joinRetries = 0;
  const joinStart = nowMs();
  await forEachPaced(opts.participants, opts.joinConcurrency, opts.joinRate, async (i) => {
    const joined = await join(http, joinCode, participantName(i), () => joinRetries++);
    tokens[i] = joined.token;
  });
  const joinSeconds = (nowMs() - joinStart) / 1000;

  // Most sessions are pitched from phones, some by the facilitator.
  const proposalIds: string[] = new Array<string>(opts.proposals);
  await forEachPaced(opts.proposals, 8, 0, async (i) => {
    const token = i % 4 === 0 ? created.adminToken : tokens[i % tokens.length]!;
    const { proposal } = await http.json<{ proposal: { id: string } }>(
      'POST',
      `/api/events/${eventId}/proposals`,
      { token, body: proposalText(i) },
    );
    proposalIds[i] = proposal.id;
  });

  return {
    eventId,
    joinCode,
    adminToken: created.adminToken,
    tokens,
    proposalIds,
    dotsPerParticipant: DOTS,
    maxDotsPerProposal: MAX_PER_PROPOSAL,
    joinSeconds,
    joinRetries,
  };
}
