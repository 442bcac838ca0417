import { afterEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/events';
import { VERSIONED_FACTS } from '../../shared/events';
import type { FrameOptions } from '../../server/live/fact-frames';
import { idleSocketOf, webSocketOf } from '../../server/live/frame-writer';
import { bearer, joinAs, recordFrames, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
afterEach(async () => {
  await h.close();
});

async function setUp(frames: Partial<FrameOptions>, event: Record<string, unknown> = {}) {
  h = await startApp({ listen: true, frames });
  const { event: e, adminToken } = await seedEvent(h.app, { dotsPerParticipant: 20, ...event });
  const post = (url: string, token: string, payload: object) =>
    h.app.inject({ method: 'POST', url, headers: bearer(token), payload });
  const proposals: string[] = [];
  for (const title of ['Öppna data', 'Solid', 'Fika']) {
    const res = await post(`/api/events/${e.id}/proposals`, adminToken, { title });
    proposals.push(res.json().proposal.id as string);
  }
  const vote = (token: string, proposalId: string, dots: number) =>
    h.app.inject({
      method: 'PUT',
      url: `/api/events/${e.id}/proposals/${proposalId}/vote`,
      headers: bearer(token),
      payload: { dots },
    });
  return { event: e, adminToken, proposals, vote };
}

const versionOf = ([name, payload]: Fact) =>
  (VERSIONED_FACTS as readonly string[]).includes(name)
    ? (payload as { version: number }).version
    : null;

/** Whether a recorded socket has seen the versioned fact at `version` or a later one. */
const hasSeen = (r: ReturnType<typeof recordFrames>, version: number) =>
  r.facts().some((f) => (versionOf(f) ?? -1) >= version);

/** Polls `done` until it holds: facts may have arrived before anyone started listening. */
async function until(done: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('facts travel in frames', () => {
  it('coalesces a burst into few frames, every version once and in order', async () => {
    const { event, proposals, vote } = await setUp({ windowMs: 100 });
    const voters = await Promise.all(
      Array.from({ length: 30 }, (_, i) => joinAs(h.app, event.joinCode, `P${i}`)),
    );
    const viewer = await h.socket({ eventId: event.id });
    await wait(200); // the proposals' frames are behind us
    const seen = recordFrames(viewer);

    const acks = await Promise.all(voters.map((p, i) => vote(p.token, proposals[i % 3]!, 1)));
    const versions = acks.map((a) => a.json().version as number).sort((a, b) => a - b);
    await until(() => hasSeen(seen, versions.at(-1)!));

    const got = seen.facts().map(versionOf);
    expect(got).toEqual(versions);
    expect(seen.frames.length).toBeLessThan(versions.length);
    expect(seen.facts().every(([name]) => name === 'tally:changed')).toBe(true);
  });

  it('sends a fact at once after a quiet window, then at most one frame per window', async () => {
    // A long window makes the two edges far apart, whatever the machine's speed.
    const windowMs = 1500;
    const { event, proposals, vote } = await setUp({ windowMs });
    const ada = await joinAs(h.app, event.joinCode, 'Ada');
    const viewer = await h.socket({ eventId: event.id });
    const seen = recordFrames(viewer);
    await wait(windowMs * 2 + 100); // the proposals' frames and their windows are behind us

    const sentAt = performance.now();
    const first = (await vote(ada.token, proposals[0]!, 1)).json().version as number;
    await until(() => hasSeen(seen, first));
    const firstFrame = seen.frames.at(-1)!;
    expect(firstFrame.at - sentAt).toBeLessThan(windowMs / 2);

    // Right after a frame: these wait for the window to end, then leave together.
    const second = (await vote(ada.token, proposals[1]!, 1)).json().version as number;
    const third = (await vote(ada.token, proposals[2]!, 1)).json().version as number;
    await until(() => hasSeen(seen, third), windowMs * 3);
    const last = seen.frames.at(-1)!;
    expect(last.facts.map(versionOf)).toEqual([second, third]);
    expect(last.at - firstFrame.at).toBeGreaterThanOrEqual(windowMs - 50);
  });

  it('gives each audience its own frame: blind tallies, ballots and budgets stay with their owners', async () => {
    const { event, adminToken, proposals, vote } = await setUp(
      { windowMs: 50 },
      { blindVoting: true },
    );
    const ada = await joinAs(h.app, event.joinCode, 'Ada');
    const bo = await joinAs(h.app, event.joinCode, 'Bo');
    await wait(200); // the proposals' frames are behind us
    const facilitator = recordFrames(await h.socket({ eventId: event.id, token: adminToken }));
    const projector = recordFrames(await h.socket({ eventId: event.id }));
    const adaPhone = recordFrames(await h.socket({ eventId: event.id, token: ada.token }));
    const boPhone = recordFrames(await h.socket({ eventId: event.id, token: bo.token }));

    const ack = (await vote(ada.token, proposals[0]!, 2)).json();
    await until(() => hasSeen(projector, ack.version as number));
    await wait(200);

    const names = (r: ReturnType<typeof recordFrames>) => r.facts().map(([n]) => n);
    expect(names(facilitator)).toEqual(['tally:changed', 'ballot:changed']);
    expect(facilitator.facts()[0]![1]).toMatchObject({ dots: 2, voters: 1 });
    expect(names(projector)).toEqual(['tally:changed']);
    expect(projector.facts()[0]![1]).toMatchObject({ dots: null, voters: null });
    expect(names(boPhone)).toEqual(['tally:changed']);
    // Ada's phone: the public frame and a frame of her own with her budget.
    expect(adaPhone.frames.map((f) => f.facts.map(([n]) => n)).sort()).toEqual([
      ['tally:changed'],
      ['vote:changed'],
    ]);
    expect(adaPhone.facts().find(([n]) => n === 'vote:changed')![1]).toEqual({
      proposalId: proposals[0],
      dots: 2,
      remaining: 18,
      version: ack.version,
    });
  });

  it('reaches every socket of a crowd sent in chunks, in the same order', async () => {
    const { event, proposals, vote } = await setUp({ windowMs: 30, chunkSize: 3 });
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) => joinAs(h.app, event.joinCode, `P${i}`)),
    );
    const sockets = await Promise.all(
      people.map((p) => h.socket({ eventId: event.id, token: p.token })),
    );
    await wait(100); // the proposals' frames are behind us
    const records = sockets.map(recordFrames);

    let last = 0;
    for (let round = 0; round < 4; round++) {
      const acks = await Promise.all(
        // Three rounds add a dot each on another proposal; the fourth takes the first one back.
        people.map((p, i) => vote(p.token, proposals[(i + (round % 3)) % 3]!, round < 3 ? 1 : 0)),
      );
      last = Math.max(last, ...acks.map((a) => a.json().version as number));
      await wait(10);
    }
    // The public stream, and each phone's own budgets, which travel in frames of their own.
    const budgets = (r: ReturnType<typeof recordFrames>) =>
      r.facts().filter(([n]) => n === 'vote:changed');
    await until(() => records.every((r) => hasSeen(r, last) && budgets(r).length === 4));

    const expected = records[0]!.facts().filter(([n]) => n === 'tally:changed');
    // Other sockets' budgets never reach this phone; its own do, once per change.
    expect(budgets(records[0]!)).toHaveLength(4);
    expect(expected).toHaveLength(48);
    for (const r of records) {
      const versions = r
        .facts()
        .map(versionOf)
        .filter((v) => v !== null);
      expect(versions).toEqual(versions.map((_, i) => versions[0]! + i));
      expect(r.facts().filter(([n]) => n === 'tally:changed')).toEqual(expected);
    }
  });

  it('gives a long-polling socket the same frames as a WebSocket', async () => {
    const { event, proposals, vote } = await setUp({ windowMs: 50 });
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, i) => joinAs(h.app, event.joinCode, `P${i}`)),
    );
    const ws = recordFrames(await h.socket({ eventId: event.id }));
    const polling = recordFrames(await h.socket({ eventId: event.id }, ['polling']));
    let last = 0;
    for (const [i, p] of people.entries()) {
      last = (await vote(p.token, proposals[i % 3]!, 2)).json().version as number;
    }
    await until(() => hasSeen(ws, last) && hasSeen(polling, last));
    const tallies = (r: ReturnType<typeof recordFrames>) =>
      r.facts().filter(([, payload]) => (payload as { version: number }).version > last - 6);
    expect(tallies(polling)).toEqual(tallies(ws));
    expect(tallies(ws)).toHaveLength(6);

    // The WebSocket one is written to directly, down to its TCP socket; should Engine.IO's or
    // ws's insides change, this says so.
    const direct = [...h.app.io.of('/').sockets.values()].map((s) => {
      const socket = webSocketOf(s);
      return socket !== null && idleSocketOf(socket) !== null;
    });
    expect(direct.sort()).toEqual([false, true]);
  });
});
