import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { bytesOf, PHONE_BUDGET, phoneVisits, type Visit } from '../support/phone-visits';
import { seedRealisticEvent } from '../support/realistic-event';
import { CLIENT_DIR } from './build-client';
import { serveApp, type Served } from './serve';

// A size budget: bytes are deterministic, unlike timings.
const COLD_BUDGET = PHONE_BUDGET.cold;
const WARM_BUDGET = PHONE_BUDGET.warm;

let served: Served;
let browser: Browser;
let cold: Visit;
let warm: Visit;
beforeAll(async () => {
  served = await serveApp();
  browser = await launchBrowser();
  const event = await seedRealisticEvent(served.api);
  ({ cold, warm } = await phoneVisits(browser, served.url, event.joinCode));
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const assetsIn = (visit: Visit) =>
  visit.untilLive
    .map((e) => new URL(e.url.replace(/^ws/, 'http')).pathname)
    .filter((path) => path.startsWith('/assets/'));

describe('a phone that follows the QR code', () => {
  it('loads neither the facilitator pages and actions, the scheduler, the projector, the home page nor the agenda', () => {
    const html = readFileSync(join(CLIENT_DIR, 'index.html'), 'utf8');
    const named = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]));
    const loaded = assetsIn(cold);
    expect(loaded.length).toBeGreaterThan(0);
    for (const path of loaded) expect(named, path).toContain(path);
    // Class names only those screens render; the agenda waits for the live phase.
    const scripts = loaded
      .filter((path) => path.endsWith('.js'))
      .map((path) => readFileSync(join(CLIENT_DIR, path), 'utf8'))
      .join('\n');
    for (const marker of [
      'phase-options', // the facilitator's board
      'schedule-tools', // the grid
      'suggest-preview', // the scheduler's dialogs
      'screen-live', // the projector
      'hero__title', // the home page and its create form
      'agenda-card', // the phone's own agenda
      '/schedule/suggest', // the facilitator's actions (session/admin-session.ts)
      '/avoid-pairs/',
    ]) {
      expect(scripts).not.toContain(marker);
    }
  });

  it('downloads no TypeBox: the client takes constants from plain shared/ modules', () => {
    for (const file of readdirSync(join(CLIENT_DIR, 'assets')).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(CLIENT_DIR, 'assets', file), 'utf8'), file).not.toContain('TypeBox');
    }
  });

  it(`transfers at most ${COLD_BUDGET} bytes until the proposals show, on a cold cache`, () => {
    expect(bytesOf(cold.untilProposals)).toBeLessThanOrEqual(COLD_BUDGET);
    // Everything it got was compressed or too small to matter.
    for (const e of cold.untilProposals) {
      if (e.bytes > 2048) expect(e.encoding, e.url).toMatch(/^(br|gzip)$/);
    }
  });

  it(`transfers at most ${WARM_BUDGET} bytes on a second visit, until the socket is live`, () => {
    expect(bytesOf(warm.untilLive)).toBeLessThanOrEqual(WARM_BUDGET);
    // The scripts and styles come from the cache.
    for (const e of warm.untilLive) if (e.url.includes('/assets/')) expect(e.bytes, e.url).toBe(0);
  });
});
