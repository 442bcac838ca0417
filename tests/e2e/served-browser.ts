import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveApp, type Served } from './serve';

/**
 * The served app and one Chromium for a whole test file: started before its first test, closed
 * after its last. Read `served` and `browser` inside the tests, once they are set.
 */
export function useServedBrowser(): { served: Served; browser: Browser } {
  const shared = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    shared.served = await serveApp();
    shared.browser = await launchBrowser();
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.served?.close();
  });
  return shared;
}
