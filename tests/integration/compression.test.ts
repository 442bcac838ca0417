import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPRESS_THRESHOLD } from '../../server/plugins/compression';
import { bearer, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** An event whose snapshot is several kilobytes of JSON: forty proposals with descriptions. */
async function bigEvent() {
  const { event, adminToken } = await seedEvent(h.app);
  for (let i = 0; i < 40; i++) {
    await h.app.inject({
      method: 'POST',
      url: `/api/events/${event.id}/proposals`,
      headers: bearer(adminToken),
      payload: {
        title: `Session number ${i}: what we learned`,
        description: 'Stories from the field, and what we would do differently next time.',
        hosts: [`Host ${i}`],
      },
    });
  }
  return { event, adminToken };
}

describe('API replies', () => {
  it('over 1 KB leave brotli- or gzip-compressed as accepted, and raw when not', async () => {
    h = await startApp();
    const { event } = await bigEvent();
    const url = `/api/events/${event.id}`;
    const plain = await h.app.inject({ url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(4 * COMPRESS_THRESHOLD);

    const br = await h.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);

    const gz = await h.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
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
    // A route that compressed its body itself, as the snapshot route may with a cached body.
    h = await startApp({ ready: false });
    const body = gzipSync(JSON.stringify({ items: Array.from({ length: 500 }, (_, i) => i) }));
    h.app.get('/api/test/precompressed', (_request, reply) =>
      reply
        .header('content-type', 'application/json')
        .header('content-encoding', 'gzip')
        .send(body),
    );
    await h.app.ready();
    const res = await h.app.inject({
      url: '/api/test/precompressed',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.rawPayload).toEqual(body);
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
