import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR, ensureClientBuilt } from '../e2e/build-client';
import { startApp, type Harness } from '../support/app';

let h: Harness;
let script: string;
beforeAll(async () => {
  // The real build, with the compressed twins its Vite plugin writes.
  await ensureClientBuilt();
  h = await startApp({ clientDir: CLIENT_DIR });
  const html = readFileSync(join(CLIENT_DIR, 'index.html'), 'utf8');
  script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!;
}, 120_000);
afterAll(async () => {
  await h.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'GET', url, headers });

describe('the built client', () => {
  it('has a .br and a .gz twin of every text file over half a kilobyte', () => {
    const assets = readdirSync(join(CLIENT_DIR, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThan(5);
    for (const file of [...assets.map((f) => `assets/${f}`), 'index.html']) {
      const raw = readFileSync(join(CLIENT_DIR, file));
      if (raw.length < 512) continue;
      expect(brotliDecompressSync(readFileSync(join(CLIENT_DIR, `${file}.br`)))).toEqual(raw);
      expect(gunzipSync(readFileSync(join(CLIENT_DIR, `${file}.gz`)))).toEqual(raw);
    }
  });
});

describe('hashed assets', () => {
  it('come brotli- or gzip-compressed as the browser accepts, raw otherwise', async () => {
    const raw = readFileSync(join(CLIENT_DIR, script));
    const br = await get(script, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload)).toEqual(raw);
    expect(br.rawPayload.length).toBeLessThan(raw.length / 2);

    const gz = await get(script, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload)).toEqual(raw);

    const plain = await get(script);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload).toEqual(raw);

    for (const res of [br, gz, plain]) expect(res.headers.vary).toMatch(/accept-encoding/i);
  });

  it('are cached for a year and never revalidated: a new build has new names', async () => {
    const res = await get(script, { 'accept-encoding': 'br' });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('are not served under the names of their compressed twins', async () => {
    expect((await get(`${script}.br`)).statusCode).toBe(404);
  });
});

describe('index.html', () => {
  const routes = [
    '/',
    '/join/ABC234',
    '/join',
    '/e/some-event',
    '/admin/some-event',
    '/screen/ABC234',
  ];

  it('answers every app route, revalidated on every visit, compressed when accepted', async () => {
    const raw = readFileSync(join(CLIENT_DIR, 'index.html'));
    for (const url of routes) {
      const res = await get(url, { 'accept-encoding': 'br' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers.etag, url).toBeTruthy();
      expect(res.headers['last-modified'], url).toBeTruthy();
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload), url).toEqual(raw);
    }
  });

  it('answers a second visit with 304 Not Modified and no body', async () => {
    for (const url of routes) {
      const first = await get(url, { 'accept-encoding': 'br' });
      const again = await get(url, {
        'accept-encoding': 'br',
        'if-none-match': String(first.headers.etag),
      });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
      expect(again.headers['cache-control'], url).toBe('no-cache');

      const byDate = await get(url, {
        'accept-encoding': 'br',
        'if-modified-since': String(first.headers['last-modified']),
      });
      expect(byDate.statusCode, url).toBe(304);
    }
  });

  it('leaves the API its JSON 404s', async () => {
    const res = await get('/api/nothing-here', { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });
});
