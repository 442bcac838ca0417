/**
 * Screenshots of exporting and importing for docs/screenshots: the set-up page's Export
 * section and the home page's "Import an event", with a refused file, on a phone (412×915 and
 * 360×640) and a laptop (1280×800).
 *
 *   node --import tsx scripts/screenshots-exports.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureClientBuilt } from '../tests/e2e/build-client';
import { serveApp } from '../tests/e2e/serve';
import { launchBrowser, laptopContext, newContext, phoneContext } from '../tests/support/browser';
import { sampleExportWith } from '../tests/support/export-fixture';
import { seedEventOverHttp } from '../tests/support/http-event';

const OUT = 'docs/screenshots';

async function main() {
  await ensureClientBuilt();
  mkdirSync(OUT, { recursive: true });
  const served = await serveApp();
  const browser = await launchBrowser();
  const seeded = await seedEventOverHttp(served.api, {
    rooms: 3,
    slots: 4,
    participants: 4,
    proposals: 6,
  });
  const small = (b: typeof browser) =>
    newContext(b, {
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
  const contexts: [string, BrowserContext][] = [
    ['laptop', await laptopContext(browser)],
    ['phone', await phoneContext(browser)],
    ['phone-360', await small(browser)],
  ];
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`  ${OUT}/${name}.png`);
  };
  const bad = JSON.stringify(sampleExportWith((d) => (d.placements[0]!.roomId = 'r9')));

  try {
    for (const [device, context] of contexts) {
      const page = await context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${served.url}/admin/${seeded.eventId}#${seeded.adminToken}`);
      const section = page.getByTestId('export-section');
      await section.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -80));
      await shot(page, `${device}-export`);

      await page.goto(served.url);
      const importer = page.getByTestId('import-event');
      await page.getByTestId('import-file').setInputFiles({
        name: 'last-year.json',
        mimeType: 'application/json',
        buffer: Buffer.from(bad),
      });
      await page.getByTestId('import-problem').waitFor();
      await importer.scrollIntoViewIfNeeded();
      await shot(page, `${device}-import-refused`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
