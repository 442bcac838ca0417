import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveApp, type Served } from './serve';

/**
 * The real app and one Chromium for a test file: started before its tests, closed after.
 * Read `served` and `browser` inside tests, once beforeAll has run.
 */
export function useServedBrowser(): { served: Served; browser: Browser } {
  const setUp = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    setUp.served = await serveApp();
    setUp.browser = await launchBrowser();
  });
  afterAll(async () => {
    await setUp.browser?.close();
    await setUp.served?.close();
  });
  return setUp;
}
