import type { LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/guard/limits';
import { bearer, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** A 429 in the API's error shape, with a Retry-After of at most `maxSeconds`. */
function expectRefused(res: LightMyRequestResponse, maxSeconds: number) {
  expect(res.statusCode).toBe(429);
  expect(res.json()).toEqual({
    statusCode: 429,
    code: 'rate_limited',
    message: expect.any(String),
  });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
}

async function pitch(adminToken: string, eventId: string) {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/events/${eventId}/proposals`,
    headers: bearer(adminToken),
    payload: { title: 'Öppen data' },
  });
  return res.json().proposal.id as string;
}

describe('a venue behind one address', () => {
  it('lets 1,000 phones look up the code, join and vote within a minute, none refused', async () => {
    h = await startApp();
    const { event, adminToken } = await seedEvent(h.app);
    const proposalId = await pitch(adminToken, event.id);
    const started = performance.now();
    const statuses = new Map<number, number>();
    const count = (res: LightMyRequestResponse) =>
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    // Fifty phones at a time, every one from 127.0.0.1 as a venue's NAT makes them look.
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          count(await h.app.inject({ method: 'GET', url: `/api/codes/${event.joinCode}` }));
          const joined = await h.app.inject({
            method: 'POST',
            url: '/api/join',
            payload: { joinCode: event.joinCode },
          });
          count(joined);
          const vote = await h.app.inject({
            method: 'PUT',
            url: `/api/events/${event.id}/proposals/${proposalId}/vote`,
            headers: bearer(joined.json().token),
            payload: { dots: 1 },
          });
          count(vote);
        }),
      );
    }
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(Object.fromEntries(statuses)).toEqual({ 200: 2000, 201: 1000 });
    const snapshot = await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` });
    expect(snapshot.json().proposals[0].dots).toBe(1000);
  });
});

describe('writes per token', () => {
  it(`allows ${LIMITS.writes.max} writes in ${LIMITS.writes.windowMs / 1000} s, then 429 for that token only`, async () => {
    h = await startApp();
    const { event, adminToken } = await seedEvent(h.app);
    const proposalId = await pitch(adminToken, event.id);
    const join = () =>
      h.app
        .inject({ method: 'POST', url: '/api/join', payload: { joinCode: event.joinCode } })
        .then((res) => res.json().token as string);
    const [fast, other] = [await join(), await join()];
    const vote = (token: string, dots: number) =>
      h.app.inject({
        method: 'PUT',
        url: `/api/events/${event.id}/proposals/${proposalId}/vote`,
        headers: bearer(token),
        payload: { dots },
      });

    // A thumb far faster than any: dot on, dot off, as fast as the server answers.
    for (let i = 0; i < LIMITS.writes.max; i++) {
      const res = await vote(fast, i % 2);
      expect(res.statusCode).toBe(200);
      // An answer carries no counters: bytes on every vote for nobody to read.
      expect(Object.keys(res.headers).filter((k) => k.includes('ratelimit'))).toEqual([]);
    }
    expectRefused(await vote(fast, 0), LIMITS.writes.windowMs / 1000);
    // Refused before the route: nothing was written, and the answer needs no lookup.
    const mine = await h.app.inject({
      method: 'GET',
      url: `/api/events/${event.id}`,
      headers: bearer(fast),
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().me.votes).toEqual({ [proposalId]: 1 });
    // Another phone from the same address is not affected.
    expect((await vote(other, 1)).statusCode).toBe(200);
  });

  it(`allows ${LIMITS.suggestions.max} schedule suggestions a minute per token, apart from other writes`, async () => {
    h = await startApp();
    const { event, adminToken } = await seedEvent(h.app);
    const suggest = (mode: string) =>
      h.app.inject({
        method: 'POST',
        url: `/api/events/${event.id}/schedule/suggest`,
        headers: bearer(adminToken),
        payload: { mode },
      });
    // Refused requests count too: the limit is on asking.
    for (let i = 0; i < LIMITS.suggestions.max; i++)
      expect((await suggest('?')).statusCode).toBe(400);
    expectRefused(await suggest('fill'), 60);
    const rename = await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      headers: bearer(adminToken),
      payload: { name: 'Still working' },
    });
    expect(rename.statusCode).toBe(200);
  });
});

describe('creating events', () => {
  const create = (headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
    h.app.inject({
      method: 'POST',
      url: '/api/events',
      payload: { name: 'Barcamp' },
      headers,
      remoteAddress,
    });

  it(`allows ${LIMITS.events.max} new events per address in ${LIMITS.events.windowMs / 60_000} minutes`, async () => {
    h = await startApp();
    for (let i = 0; i < LIMITS.events.max; i++) expect((await create()).statusCode).toBe(201);
    expectRefused(await create(), LIMITS.events.windowMs / 1000);
    expect((await create({}, '10.0.0.2')).statusCode).toBe(201);
    // A client cannot name itself another address.
    expectRefused(await create({ 'x-forwarded-for': '203.0.113.9' }), 600);
  });

  it('counts an import as a new event: importing and creating share the address’s limit', async () => {
    h = await startApp();
    const half = Math.floor(LIMITS.events.max / 2);
    for (let i = 0; i < half; i++) expect((await create()).statusCode).toBe(201);
    const csv = 'kind,name\r\nevent,Barcamp\r\n';
    const importCsv = () =>
      h.app.inject({
        method: 'POST',
        url: '/api/events/import/csv',
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
    for (let i = half; i < LIMITS.events.max; i++) expect((await importCsv()).statusCode).toBe(201);
    expectRefused(await importCsv(), LIMITS.events.windowMs / 1000);
    expectRefused(
      await h.app.inject({ method: 'POST', url: '/api/events/import', payload: {} }),
      LIMITS.events.windowMs / 1000,
    );
    expectRefused(await create(), LIMITS.events.windowMs / 1000);
  });

  it('tells the clients behind a trusted proxy apart by X-Forwarded-For (TRUST_PROXY)', async () => {
    h = await startApp({ trustProxy: ['127.0.0.1'] });
    const behind = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < LIMITS.events.max; i++) {
      expect((await create(behind('203.0.113.1'))).statusCode).toBe(201);
    }
    expectRefused(await create(behind('203.0.113.1')), 600);
    expect((await create(behind('203.0.113.2'))).statusCode).toBe(201);
    // Only the proxy is believed: the same header from elsewhere names nobody.
    expect((await create(behind('203.0.113.1'), '10.0.0.7')).statusCode).toBe(201);
    for (let i = 1; i < LIMITS.events.max; i++) await create(behind('203.0.113.3'), '10.0.0.7');
    expectRefused(await create(behind('203.0.113.4'), '10.0.0.7'), 600);
  });
});
