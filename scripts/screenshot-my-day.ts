/**
 * A screenshot of My day on a 412×915 phone for docs/screenshots: Anna starred a session that
 * runs now, two that clash after lunch and one late in the day, beside the one she hosts; her
 * question before her feed gets a new address; then the same day with the network gone, from
 * the device's copy.
 *
 *   node --import tsx scripts/screenshot-my-day.ts [--out DIR]
 */
import type { Snapshot } from '../shared/schemas/snapshot';
import { PHONE } from '../tests/support/browser';
import { annasPhone, seedPhoneDay } from '../tests/support/phone-day';
import { waitForStoredCopy } from '../tests/support/stored-copy';
import { runScreenshots, shot } from './screenshot-run';

await runScreenshots(async (served, browser) => {
  const day = await seedPhoneDay(served.api);
  await day.setPhase('live');
  const ev = `/api/events/${day.eventId}`;
  const snap = await served.api<Snapshot>('GET', ev, day.anna);
  const sessionSlots = snap.slots
    .filter((s) => s.kind === 'session')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const inSlot = (i: number) =>
    snap.placements.filter((p) => p.slotId === sessionSlots[i]!.id).map((p) => p.proposalId);
  // 10:30 runs now; 13:00 is after lunch; 15:00 is the last slot of the day.
  const picks = [inSlot(1)[0], ...inSlot(2).slice(0, 2), inSlot(4)[1]];
  for (const id of picks) {
    await served.api('PUT', `${ev}/proposals/${id}/star`, day.anna, { starred: true });
  }
  const { context, page } = await annasPhone(browser, served.url, day, { viewport: PHONE });
  // Below the sticky header, from My day's title on.
  await page.getByTestId('my-day').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -84));
  await shot(page, 'my-day-phone');

  // Asking for a new address for her feed: the question, in place, before anything changes.
  const renew = page.getByTestId('my-calendar-renew');
  await renew.getByRole('button', { name: 'New address' }).click();
  await renew.getByRole('group').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'my-day-phone-new-address');
  await renew.getByRole('button', { name: 'Cancel' }).click();

  // The same day with the network gone: from the device's copy, marked offline.
  await waitForStoredCopy(page, day.eventId, (copy) =>
    picks.every((id) => copy.me?.role === 'participant' && copy.me.starred.includes(id!)),
  );
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-testid="connection"][data-status="offline"]').waitFor();
  await page.getByTestId('my-day').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -84));
  await shot(page, 'my-day-phone-offline');
  await context.close();
});
