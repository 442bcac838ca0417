import { readdirSync, readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
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
  h = await startApp({ clientDir: CLIENT_DIR, listen: true });
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
    '/proceedings/ABC234',
    '/doors/ABC234',
    '/notes/ABC234/some-session',
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

  it('answers HEAD with the headers of a GET and no body', async () => {
    for (const url of ['/join/ABC234', script]) {
      const got = await get(url, { 'accept-encoding': 'br' });
      const head = await h.app.inject({
        method: 'HEAD',
        url,
        headers: { 'accept-encoding': 'br' },
      });
      expect(head.statusCode, url).toBe(200);
      expect(head.rawPayload.length, url).toBe(0);
      for (const name of ['content-type', 'content-encoding', 'content-length', 'etag', 'vary']) {
        expect(head.headers[name], `${url} ${name}`).toBe(got.headers[name]);
      }
    }
  });

  it('leaves the API its JSON 404s', async () => {
    const res = await get('/api/nothing-here', { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });
});

/** A GET with the path exactly as written: fetch and inject would resolve dot segments first. */
function rawGet(path: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(h.url);
    httpGet({ hostname, port, path, headers: { 'accept-encoding': 'br' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    }).on('error', reject);
  });
}

describe('paths', () => {
  it('reach nothing but the files the build holds: the rest is a JSON 404', async () => {
    for (const path of [
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/assets/',
      '/assets',
      '//index.html',
      '/index.html/',
      '/favicon.ico',
    ]) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.body), path).toMatchObject({ code: 'not_found' });
    }
  });

  it('leave out the date and the ranges on hashed files, which browsers never revalidate', async () => {
    const res = await get(script, { 'accept-encoding': 'br' });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.etag).toBeTruthy();
    expect(res.headers['last-modified']).toBeUndefined();
    expect(res.headers['accept-ranges']).toBeUndefined();
    const page = await get('/join/ABC234', { 'accept-encoding': 'br' });
    expect(page.headers['accept-ranges']).toBe('bytes');
  });

  it('give one byte range of what they would send, when asked', async () => {
    const whole = await get(script, { 'accept-encoding': 'br' });
    const part = await get(script, { 'accept-encoding': 'br', range: 'bytes=0-9' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-9/${whole.rawPayload.length}`);
    expect(part.rawPayload).toEqual(whole.rawPayload.subarray(0, 10));
  });
});

describe('the offline files (issue 9 §4)', () => {
  it('serves sw.js revalidated on every visit, never immutable, at the root it controls', async () => {
    const res = await get('/sw.js', { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('no-cache');
    // At the root its default scope is the whole app: no Service-Worker-Allowed needed.
    expect(res.headers['service-worker-allowed']).toBeUndefined();
    const source = brotliDecompressSync(res.rawPayload).toString();
    expect(source).toContain('"/index.html"');
    expect(source).toContain(script);
    expect(source).not.toMatch(/"\/api\//);
  });

  it('serves the manifest as application/manifest+json, with PNG icons of 192 and 512', async () => {
    const res = await get('/manifest.webmanifest');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/manifest+json');
    expect(res.headers['cache-control']).toBe('no-cache');
    const manifest = res.json() as { icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const png = await get(icon.src);
      expect(png.headers['content-type'], icon.src).toBe('image/png');
      expect(png.rawPayload.subarray(1, 4).toString(), icon.src).toBe('PNG');
      const size = Number(icon.sizes.split('x')[0]);
      expect(png.rawPayload.readUInt32BE(16), icon.src).toBe(size);
    }
  });
});
