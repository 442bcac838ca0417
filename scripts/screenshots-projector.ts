/**
 * Screenshots of the projector at a big event for docs/screenshots: 12 rooms × 10 slots of
 * Swedish and English titles, in the voting phase (the leaderboard) and live at 13:15, when the
 * morning is over. Boots the real app with the built client on an in-memory database.
 *
 *   node --import tsx scripts/screenshots-projector.ts [--out DIR]
 */
import type { Browser } from 'playwright-core';
import { screenContext } from '../tests/support/browser';
import { PROJECTOR_NOON, publishAgenda, seedProjectorDay } from '../tests/support/projector-day';
import { spreadDots } from '../tests/support/realistic-event';
import { runScreenshots, shot } from './screenshot-run';

const SIZES = [
  { name: '1080p', width: 1920, height: 1080 },
  { name: '720p', width: 1280, height: 720 },
];

async function wall(browser: Browser, size: { width: number; height: number }) {
  const context = await screenContext(browser, size, { reducedMotion: 'reduce' });
  return context.newPage();
}

await runScreenshots(async (served, browser) => {
  const day = await seedProjectorDay(served.api);
  await spreadDots(served.api, { ...day, voters: 60 });
  await served.api('PATCH', `/api/events/${day.eventId}`, day.adminToken, { phase: 'voting' });
  const url = (page: number) =>
    `${served.url}/screen/${day.joinCode}?now=${PROJECTOR_NOON}&page=${page}`;

  for (const size of SIZES) {
    const page = await wall(browser, size);
    await page.goto(url(1));
    await page.getByTestId('leaderboard-item').first().waitFor();
    await shot(page, `screen-leaderboard-big-${size.name}`);
    await page.context().close();
  }

  await publishAgenda(served.api, day);
  for (const size of SIZES) {
    const page = await wall(browser, size);
    for (const n of [1, 2]) {
      await page.goto(url(n));
      await page.getByTestId('screen-cell').first().waitFor();
      await shot(page, `screen-live-big-${size.name}${n > 1 ? `-page${n}` : ''}`);
    }
    await page.context().close();
  }
});
