/**
 * The phone's agenda reopened without a network (issue 9 §4), for docs/screenshots: Anna's
 * phone (412×915) opens the live agenda once, then the Wi-Fi goes and she opens it again.
 *
 *   node --import tsx scripts/screenshots-offline.ts [--out DIR]
 */
import { annasPhone, PHONE_DAY_NOW, seedPhoneDay } from '../tests/support/phone-day';
import { runScreenshots, shot } from './screenshot-run';

await runScreenshots(async (served, browser) => {
  const day = await seedPhoneDay(served.api);
  await day.setPhase('live');
  // The phone's clock at the day's "now", so that the copy is saved at a time of the agenda's.
  const { context, page } = await annasPhone(browser, served.url, day, {
    prepare: (ctx) => ctx.clock.install({ time: PHONE_DAY_NOW }),
  });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction((key) => localStorage.getItem(key), `knyta:offline:${day.eventId}`);
  await context.setOffline(true);
  await page.reload();
  await page.locator('.offline-note:not(:empty)').waitFor();
  await shot(page, 'phone-offline-agenda');
  await context.close();
});
