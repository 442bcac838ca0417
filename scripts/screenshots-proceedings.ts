/**
 * The proceedings page (issue 10 §2) for docs/screenshots: the day of the phone's tests,
 * published, on a phone (412×915) and a laptop (1920×1080).
 *
 *   node --import tsx scripts/screenshots-proceedings.ts [--out DIR]
 */
import { newContext, phoneContext } from '../tests/support/browser';
import { seedPhoneDay } from '../tests/support/phone-day';
import { runScreenshots, shot } from './screenshot-run';

await runScreenshots(async (served, browser) => {
  const day = await seedPhoneDay(served.api);
  await day.setPhase('live');
  await day.setPhase('closed');
  const contexts = [
    ['proceedings-phone', await phoneContext(browser)],
    [
      'proceedings-laptop',
      await newContext(browser, {
        viewport: { width: 1920, height: 1080 },
        deviceScaleFactor: 1,
        locale: 'en-GB',
        timezoneId: 'Europe/Stockholm',
      }),
    ],
  ] as const;
  for (const [name, context] of contexts) {
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${served.url}/proceedings/${day.joinCode}`);
    await page.getByTestId('proceedings-session').first().waitFor();
    await shot(page, name);
    await context.close();
  }
});
