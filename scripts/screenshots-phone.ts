/**
 * Screenshots of a participant's phone for docs/screenshots: the same person's phone (412×915)
 * in each phase of the day, the live phase on a small phone (360×640), and the home page
 * leading back to the events this browser created and joined.
 *
 *   node --import tsx scripts/screenshots-phone.ts [--out DIR]
 */
import { PHASES } from '../shared/phases';
import { annasPhone, seedPhoneDay } from '../tests/support/phone-day';
import { runScreenshots, shot } from './screenshot-run';

await runScreenshots(async (served, browser) => {
  const day = await seedPhoneDay(served.api);
  for (const phase of PHASES) {
    if (phase !== 'proposing') await day.setPhase(phase);
    const { context, page } = await annasPhone(browser, served.url, day);
    if (phase === 'voting') {
      // Her last dot goes on a session, then a + with none left says why, beside it.
      const card = page.getByTestId('proposal-card').nth(1);
      await card.getByTestId('vote-add').click();
      await page.locator('[data-testid="dots-left"][data-remaining="0"]').waitFor();
      await card.getByTestId('vote-add').tap({ force: true });
      await card.getByTestId('show-my-dots').waitFor();
      await page.evaluate(() => window.scrollBy(0, 260));
    }
    await shot(page, `phone-phase-${phase}`);
    await context.close();
  }

  const small = await annasPhone(browser, served.url, day, {
    viewport: { width: 360, height: 640 },
  });
  await shot(small.page, 'phone-360-live');
  await small.context.close();

  // Anna also runs an event of her own, created on this phone after the day.
  const home = await annasPhone(browser, served.url, day);
  await home.page.goto(served.url);
  await home.page.getByTestId('event-name').fill('Barcamp Malmö 2027');
  await home.page.getByLabel('Date').fill('2027-03-14');
  await home.page.getByRole('button', { name: 'Create event' }).click();
  await home.page.getByTestId('created-card').waitFor();
  await home.page.goto(served.url);
  await home.page.getByTestId('my-events').waitFor();
  await home.page.evaluate(() => window.scrollTo(0, 0));
  await shot(home.page, 'phone-home-events');
  await home.context.close();
});
