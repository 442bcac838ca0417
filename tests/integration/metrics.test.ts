import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('GET /api/metrics', () => {
  it('is not there unless metrics are switched on', async () => {
    h = await startApp();
    const res = await h.app.inject({ method: 'GET', url: '/api/metrics' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('gives memory, connected sockets and the event-loop delay since the last read', async () => {
    h = await startApp({ listen: true, metrics: true });
    const { event } = await seedEvent(h.app);
    await h.socket({ eventId: event.id });
    await h.socket({ eventId: event.id });
    // Block the loop long enough for the 10 ms sampler to see it.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const block = async (ms: number) => {
      const blockedUntil = Date.now() + ms;
      while (Date.now() < blockedUntil);
      await new Promise((resolve) => setTimeout(resolve, 30));
    };
    await block(400);
    await block(200);

    const first = await h.app.inject({ method: 'GET', url: '/api/metrics' });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(Object.keys(body).sort()).toEqual([
      'crowdFrames',
      'eventLoop',
      'heapUsedBytes',
      'rssBytes',
      'sockets',
    ]);
    expect(body.sockets).toBe(2);
    expect(body.rssBytes).toBeGreaterThan(body.heapUsedBytes);
    expect(body.eventLoop.maxMs).toBeGreaterThanOrEqual(350);
    expect(body.eventLoop.p99Ms).toBeLessThanOrEqual(body.eventLoop.maxMs);
    expect(body.eventLoop.meanMs).toBeGreaterThan(0);
    // The longest first, and the next one too: a pause does not hide the turn after it.
    const [longest, next] = body.eventLoop.longestMs as number[];
    expect(longest).toBeGreaterThanOrEqual(350);
    expect(next).toBeGreaterThanOrEqual(150);
    expect(next).toBeLessThan(350);

    // Reading reset the histogram and the longest delays: the stalls are not seen again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = (await h.app.inject({ method: 'GET', url: '/api/metrics' })).json();
    expect(second.eventLoop.maxMs).toBeLessThan(150);
    expect(Math.max(0, ...second.eventLoop.longestMs)).toBeLessThan(150);
  });

  it('times the facts of frames to crowds, from publication to the last socket written', async () => {
    // A crowd is more sockets than one chunk: three public sockets, chunks of two.
    h = await startApp({ listen: true, metrics: true, frames: { windowMs: 20, chunkSize: 2 } });
    const { event, adminToken } = await seedEvent(h.app, { dotsPerParticipant: 10 });
    const proposal = await h.app.inject({
      method: 'POST',
      url: `/api/events/${event.id}/proposals`,
      headers: bearer(adminToken),
      payload: { title: 'Öppna data' },
    });
    const proposalId = proposal.json().proposal.id as string;
    await h.socket({ eventId: event.id, token: adminToken });
    for (let i = 0; i < 3; i++) await h.socket({ eventId: event.id });
    const voter = await joinAs(h.app, event.joinCode, 'Vera');
    await h.app.inject({ method: 'GET', url: '/api/metrics' }); // from here on

    for (const dots of [1, 2, 3]) {
      const res = await h.app.inject({
        method: 'PUT',
        url: `/api/events/${event.id}/proposals/${proposalId}/vote`,
        headers: bearer(voter.token),
        payload: { dots },
      });
      expect(res.statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }

    const { crowdFrames } = (await h.app.inject({ method: 'GET', url: '/api/metrics' })).json();
    // Three tallies went to the public crowd; the facilitator's and the voter's own frames
    // went to one socket each and are not counted.
    expect(crowdFrames.facts).toBe(3);
    expect(crowdFrames.p50Ms).toBeGreaterThan(0);
    expect(crowdFrames.p50Ms).toBeLessThanOrEqual(crowdFrames.p95Ms);
    expect(crowdFrames.p95Ms).toBeLessThanOrEqual(crowdFrames.maxMs);
    expect(crowdFrames.maxMs).toBeLessThan(1000);
    const again = (await h.app.inject({ method: 'GET', url: '/api/metrics' })).json();
    expect(again.crowdFrames).toEqual({ facts: 0, p50Ms: 0, p95Ms: 0, maxMs: 0 });
  });

  it('is switched on by METRICS=1 or true, and off by default', () => {
    expect(loadConfig({}).METRICS).toBe(false);
    expect(loadConfig({ METRICS: '1' }).METRICS).toBe(true);
    expect(loadConfig({ METRICS: 'true' }).METRICS).toBe(true);
    expect(loadConfig({ METRICS: '0' }).METRICS).toBe(false);
    expect(() => loadConfig({ METRICS: 'maybe' })).toThrow(/METRICS/);
  });
});
