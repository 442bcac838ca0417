import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureClientBuilt } from '../tests/e2e/build-client';
import { serveApp, type Served } from '../tests/e2e/serve';
import { launchBrowser } from '../tests/support/browser';

const at = process.argv.indexOf('--out');
/** docs/screenshots, or the folder after `--out`. */
export const OUT = at > 0 ? process.argv[at + 1]! : 'docs/screenshots';

/** A picture of what the page shows, once its fonts are in and any transition is over. */
export async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  ${OUT}/${name}.png`);
}

/**
 * Runs a screenshot script against the real app with the built client, on a fresh in-memory
 * database, with one browser; everything is closed afterwards, and a failure exits non-zero.
 */
export async function runScreenshots(take: (served: Served, browser: Browser) => Promise<void>) {
  await ensureClientBuilt();
  mkdirSync(OUT, { recursive: true });
  const served = await serveApp();
  const browser = await launchBrowser();
  try {
    await take(served, browser);
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await served.close();
  }
}
