/**
 * The door sheets (issue 10 §3) for docs/screenshots: the day of the phone's tests with an
 * opening plenary, published; the sheets on a 1920×1080 screen, and the first sheet as it
 * prints (print media, at A4's 794×1123 CSS pixels, inside the page's 12 mm margins).
 *
 *   node --import tsx scripts/screenshots-doors.ts [--out DIR]
 */
import { newContext } from '../tests/support/browser';
import { seedDoorDay } from '../tests/support/door-day';
import { runScreenshots, shot } from './screenshot-run';

await runScreenshots(async (served, browser) => {
  const day = await seedDoorDay(served.api);
  const context = await newContext(browser, {
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${served.url}/doors/${day.joinCode}`);
  await page.locator('[data-testid="door-sheet"][data-fit]').first().waitFor();
  await page.getByTestId('qr').first().waitFor();
  await shot(page, 'door-sheets');

  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  // One page: the first sheet alone, with the @page margin that paper has around it and a
  // screenshot has not.
  await page.evaluate(() => {
    document.body.style.setProperty('padding', '12mm');
    const frames = document.querySelectorAll<HTMLElement>('.door-sheet-frame');
    for (const frame of [...frames].slice(1)) frame.style.setProperty('display', 'none');
  });
  await shot(page, 'door-sheet-print');
  await context.close();
});
