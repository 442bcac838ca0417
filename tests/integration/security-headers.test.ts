import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR, ensureClientBuilt } from '../e2e/build-client';
import { seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
let html: string;
beforeAll(async () => {
  await ensureClientBuilt();
  h = await startApp({ clientDir: CLIENT_DIR });
  html = readFileSync(join(CLIENT_DIR, 'index.html'), 'utf8');
}, 120_000);
afterAll(async () => {
  await h.close();
});

/** The policy as a map from directive to its sources. */
function policy(header: string | string[] | number | undefined): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

type Headers = Record<string, string | string[] | number | undefined>;

/** What every answer carries, whatever it is. */
function expectBaseline(headers: Headers) {
  // A plain-HTTP install on a venue's network must keep working.
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  // Left to the policy's frame-ancestors, which every browser that runs the app reads.
  expect(headers['x-frame-options']).toBeUndefined();
}

/** The API's data: a policy that allows nothing, should an API address be opened in a tab. */
function expectApiGuarded(headers: Headers) {
  expectBaseline(headers);
  const csp = policy(headers['content-security-policy']);
  expect([...csp.keys()].sort()).toEqual(['default-src', 'frame-ancestors']);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers['cross-origin-opener-policy']).toBeUndefined();
  expect(headers['referrer-policy']).toBeUndefined();
}

/** Hashed scripts and styles: browsers apply policies to documents and workers, not to these. */
function expectScriptOrStyleGuarded(headers: Headers) {
  expectBaseline(headers);
  expect(headers['content-security-policy']).toBeUndefined();
  expect(headers['cross-origin-opener-policy']).toBeUndefined();
  expect(headers['referrer-policy']).toBeUndefined();
}

/** A document: the app's whole policy. */
function expectGuarded(headers: Headers) {
  const csp = policy(headers['content-security-policy']);
  // Scripts, styles and connections fall back to default-src: the app's own origin only.
  expect(csp.get('default-src')).toEqual(["'self'"]);
  for (const fallsBack of ['script-src', 'style-src', 'connect-src', 'script-src-attr']) {
    expect(csp.has(fallsBack), fallsBack).toBe(false);
  }
  expect(String(headers['content-security-policy'])).not.toMatch(/unsafe/);
  expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  // A plain-HTTP install on a venue's network must keep working.
  expect(csp.has('upgrade-insecure-requests')).toBe(false);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expectBaseline(headers);
}

describe('security headers', () => {
  it('come with the pages, the assets and their 304s', async () => {
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const style = /href="(\/assets\/[^"]+\.css)"/.exec(html)![1]!;
    const icon = readdirSync(join(CLIENT_DIR, 'icons'))[0]!;
    // The service worker and anything a browser may open as a document keep the whole set.
    const documents = ['/', '/join/ABC234', '/admin/x', '/sw.js', '/manifest.webmanifest'];
    const files: [string, (headers: Headers) => void][] = [
      ...[...documents, `/icons/${icon}`].map((url): [string, (headers: Headers) => void] => [
        url,
        expectGuarded,
      ]),
      [asset, expectScriptOrStyleGuarded],
      [style, expectScriptOrStyleGuarded],
    ];
    for (const [url, expectRight] of files) {
      const res = await h.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expectRight(res.headers);
      const again = await h.app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'br', 'if-none-match': String(res.headers.etag) },
      });
      expect(again.statusCode, url).toBe(304);
      expectRight(again.headers);
    }
  });

  it('come with the API: answers, errors and unknown routes alike', async () => {
    const { event } = await seedEvent(h.app);
    const answers = await Promise.all([
      h.app.inject({ method: 'GET', url: '/api/health' }),
      h.app.inject({ method: 'GET', url: `/api/events/${event.id}` }),
      h.app.inject({ method: 'POST', url: '/api/events', payload: { name: 'x', nope: 1 } }),
      h.app.inject({ method: 'GET', url: '/api/codes/ZZZZZZ' }),
      h.app.inject({ method: 'GET', url: '/api/nothing-here' }),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 400, 404, 404]);
    for (const res of answers) expectApiGuarded(res.headers);
  });

  it('refuse to let another site frame any page', async () => {
    for (const url of ['/', '/screen/ABC234', '/admin/x']) {
      const res = await h.app.inject({ method: 'GET', url });
      // CSP's frame-ancestors: every browser that runs the app's code reads it.
      expect(policy(res.headers['content-security-policy']).get('frame-ancestors')).toEqual([
        "'none'",
      ]);
    }
  });
});

describe('the built client', () => {
  it('has no inline script or style, which the policy would block', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('has no script that makes an element with a style attribute', () => {
    for (const file of readdirSync(join(CLIENT_DIR, 'assets')).filter((f) => f.endsWith('.js'))) {
      const script = readFileSync(join(CLIENT_DIR, 'assets', file), 'utf8');
      // Solid compiles JSX into HTML templates, and a constant style into an attribute there.
      expect(script, file).not.toMatch(/<[a-z][^<>`]*\sstyle=/);
    }
  });
});
