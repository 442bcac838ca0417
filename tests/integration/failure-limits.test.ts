import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { LIMITS } from '../../server/guard/limits';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const { burst, perMinute } = LIMITS.joinCodeFailures;
/** Seconds until a client past its limit may fail once more. */
const REFILL_SECONDS = Math.ceil(60 / perMinute);

function expectRefused(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(429);
  expect(res.json()).toMatchObject({ statusCode: 429, code: 'rate_limited' });
  expect(res.headers['retry-after']).toBe(String(REFILL_SECONDS));
}

const guess = () => randomBytes(24).toString('base64url');

describe('unknown join codes', () => {
  const lookUp = (code: string, remoteAddress = '127.0.0.1') =>
    h.app.inject({ method: 'GET', url: `/api/codes/${code}`, remoteAddress });
  const join = (joinCode: string, remoteAddress = '127.0.0.1') =>
    h.app.inject({ method: 'POST', url: '/api/join', payload: { joinCode }, remoteAddress });

  it(`are answered ${burst} times per address, then 429 until the bucket refills`, async () => {
    h = await startApp();
    const { event } = await seedEvent(h.app);
    // Codes that were found never count, however many.
    for (let i = 0; i < 2 * burst; i++) expect((await lookUp(event.joinCode)).statusCode).toBe(200);
    for (let i = 0; i < burst; i++) {
      const res = await (i % 2 ? lookUp('ZZZZZZ') : join('ZZZZZZ'));
      expect(res.statusCode).toBe(404);
    }
    expectRefused(await lookUp('ZZZZZZ'));
    // Past the limit the right code is refused too: no lookup answers a guesser.
    expectRefused(await join(event.joinCode));
    expect((await join(event.joinCode, '10.0.0.2')).statusCode).toBe(201);

    h.clock.advance(REFILL_SECONDS * 1000);
    expect((await lookUp(event.joinCode)).statusCode).toBe(200);
    expect((await lookUp('ZZZZZZ')).statusCode).toBe(404);
    expectRefused(await lookUp(event.joinCode));
  });
});

describe('unknown tokens', () => {
  it(`are answered ${burst} times per address; known tokens keep working past the limit`, async () => {
    h = await startApp();
    const { event, adminToken } = await seedEvent(h.app);
    const ada = await joinAs(h.app, event.joinCode, 'Ada');
    const read = (token: string, remoteAddress = '127.0.0.1') =>
      h.app.inject({
        method: 'GET',
        url: `/api/events/${event.id}`,
        headers: bearer(token),
        remoteAddress,
      });

    for (let i = 0; i < burst; i++) expect((await read(guess())).statusCode).toBe(401);
    expectRefused(await read(guess()));
    // The phones and the facilitator behind the same address are not locked out.
    expect((await read(ada.token)).statusCode).toBe(200);
    expect((await read(adminToken)).statusCode).toBe(200);
    const bo = await joinAs(h.app, event.joinCode, 'Bo');
    expect((await read(bo.token)).statusCode).toBe(200);
    // Another address is not affected.
    expect((await read(guess(), '10.0.0.2')).statusCode).toBe(401);

    h.clock.advance(REFILL_SECONDS * 1000);
    expect((await read(guess())).statusCode).toBe(401);
    expectRefused(await read(guess()));
  });

  it('count at the socket handshake too, by the address the trusted proxy names', async () => {
    h = await startApp({ listen: true, trustProxy: ['loopback'] });
    const { event } = await seedEvent(h.app);
    const ada = await joinAs(h.app, event.joinCode, 'Ada');
    const connect = (token: string, address: string) =>
      h.socket({ eventId: event.id, token }, ['websocket'], { 'x-forwarded-for': address }).then(
        () => 'connected',
        (err: Error) => err.message,
      );

    for (let i = 0; i < burst; i++) {
      expect(await connect(guess(), '203.0.113.1')).toBe('unauthorized');
    }
    expect(await connect(guess(), '203.0.113.1')).toBe('rate_limited');
    expect(await connect(ada.token, '203.0.113.1')).toBe('connected');
    expect(await connect(guess(), '203.0.113.2')).toBe('unauthorized');
    // HTTP and sockets share the count.
    const res = await h.app.inject({
      method: 'GET',
      url: `/api/events/${event.id}`,
      headers: { ...bearer(guess()), 'x-forwarded-for': '203.0.113.1' },
    });
    expectRefused(res);
  });
});

describe('TRUST_PROXY', () => {
  it('takes addresses, subnets and names of proxies, or true; nothing else', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe('');
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,loopback' }).TRUST_PROXY).toBe(
      '127.0.0.1, 10.0.0.0/8,loopback',
    );
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe('true');
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'my-proxy' })).toThrow(/TRUST_PROXY/);
  });
});
