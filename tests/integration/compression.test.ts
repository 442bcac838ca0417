import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPRESS_THRESHOLD } from '../../server/plugins/compression';
import { bearer, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** An event whose snapshot is several kilobytes of JSON: forty proposals with descriptions. */
async function bigEvent(
  description = (_i: number) =>
    'Stories from the field, and what we would do differently next time.',
) {
  const { event, adminToken } = await seedEvent(h.app);
  for (let i = 0; i < 40; i++) {
    await h.app.inject({
      method: 'POST',
      url: `/api/events/${event.id}/proposals`,
      headers: bearer(adminToken),
      payload: {
        title: `Session number ${i}: what we learned`,
        description: description(i),
        hosts: [`Host ${i}`],
      },
    });
  }
  return { event, adminToken };
}

describe('API replies', () => {
  it('over 1 KB leave brotli- or gzip-compressed as accepted, and raw when not', async () => {
    h = await startApp();
    const { event, adminToken } = await seedEvent(h.app);
    // A generated day: forty slots come back as several kilobytes of JSON.
    const day = Array.from({ length: 40 }, (_, i) => ({
      startsAt: new Date(Date.UTC(2026, 10, 27, 8, i * 15)).toISOString(),
      endsAt: new Date(Date.UTC(2026, 10, 27, 8, i * 15 + 10)).toISOString(),
      label: `Block ${i}`,
    }));
    const batch = (day: object[], headers: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url: `/api/events/${event.id}/slots/batch`,
        headers: { ...bearer(adminToken), ...headers },
        payload: { slots: day },
      });
    const plain = await batch(day, {});
    expect(plain.statusCode).toBe(201);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // Raw here, compressed for another client: a shared cache must tell them apart.
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.rawPayload.length).toBeGreaterThan(4 * COMPRESS_THRESHOLD);

    const later = (n: number) =>
      day.map((s) => ({
        ...s,
        startsAt: s.startsAt.replace('2026-11-27', `2026-11-2${n}`),
        endsAt: s.endsAt.replace('2026-11-27', `2026-11-2${n}`),
      }));
    const br = await batch(later(8), { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const brBody = JSON.parse(brotliDecompressSync(br.rawPayload).toString());
    expect(brBody.slots).toHaveLength(40);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);

    const gz = await batch(later(9), { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString()).slots).toHaveLength(40);
  });

  it('under 1 KB stay as they are', async () => {
    h = await startApp();
    const { event } = await seedEvent(h.app);
    const res = await h.app.inject({
      url: `/api/codes/${event.joinCode}`,
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('that set their own Content-Encoding are left alone', async () => {
    // The snapshot route compresses its cached body itself; nothing compresses it again.
    h = await startApp();
    const { event } = await bigEvent();
    const url = `/api/events/${event.id}`;
    const plain = await h.app.inject({ url });
    const res = await h.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toBe(plain.body);
  });

  it('of many kilobytes (compressed off the event loop) arrive whole, by the q-values', async () => {
    h = await startApp();
    // Descriptions of 1.2-1.8 KB, each of its own: an export of some 70 KB.
    const { event, adminToken } = await bigEvent((i) => `${i} `.repeat(600));
    const url = `/api/events/${event.id}/export.json`;
    const get = (headers: Record<string, string>) =>
      h.app.inject({ url, headers: { ...bearer(adminToken), ...headers } });
    const plain = await get({});
    expect(plain.rawPayload.length).toBeGreaterThan(64 * 1024);

    const br = await get({ 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(brotliDecompressSync(br.rawPayload)).toEqual(plain.rawPayload);

    const gz = await get({ 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload)).toEqual(plain.rawPayload);

    const refused = await get({ 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('leave Socket.IO its own endpoint', async () => {
    h = await startApp({ listen: true });
    const res = await fetch(`${h.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^0\{"sid":/);
  });
});

describe('API requests', () => {
  it('are not inflated: a compressed body is refused as the JSON it is not', async () => {
    h = await startApp();
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ name: 'Zipped' })),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'bad_request' });
  });
});
