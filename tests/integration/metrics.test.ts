import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { seedEvent, startApp, type Harness } from '../support/app';

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
    const blockedUntil = Date.now() + 200;
    while (Date.now() < blockedUntil);
    await new Promise((resolve) => setTimeout(resolve, 30));

    const first = await h.app.inject({ method: 'GET', url: '/api/metrics' });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(Object.keys(body).sort()).toEqual(['eventLoop', 'heapUsedBytes', 'rssBytes', 'sockets']);
    expect(body.sockets).toBe(2);
    expect(body.rssBytes).toBeGreaterThan(body.heapUsedBytes);
    expect(body.eventLoop.maxMs).toBeGreaterThanOrEqual(150);
    expect(body.eventLoop.p99Ms).toBeLessThanOrEqual(body.eventLoop.maxMs);
    expect(body.eventLoop.meanMs).toBeGreaterThan(0);

    // Reading reset the histogram: the 200 ms stall is not seen again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = (await h.app.inject({ method: 'GET', url: '/api/metrics' })).json();
    expect(second.eventLoop.maxMs).toBeLessThan(150);
  });

  it('is switched on by METRICS=1 or true, and off by default', () => {
    expect(loadConfig({}).METRICS).toBe(false);
    expect(loadConfig({ METRICS: '1' }).METRICS).toBe(true);
    expect(loadConfig({ METRICS: 'true' }).METRICS).toBe(true);
    expect(loadConfig({ METRICS: '0' }).METRICS).toBe(false);
    expect(() => loadConfig({ METRICS: 'maybe' })).toThrow(/METRICS/);
  });
});
