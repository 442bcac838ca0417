import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { describeFindings, seriousViolations } from '../support/axe';
import { annasPhone, PHONE_DAY_NOW, seedPhoneDay, slotTimes } from '../support/phone-day';
import { waitForStoredCopy } from '../support/stored-copy';
import { useServedBrowser } from './served-browser';

const env = useServedBrowser();
const PHONE = { width: 412, height: 915 };

/** A slot's start as the phone shows it, on the event's clock. */
const startOf = (slot: { startsAt: string; endsAt: string }) => slotTimes(slot).split('–')[0]!;

const notices = (page: Page) => page.locator('[role="status"] [data-testid="move-notice"]');

/** A live day, the facilitator's grid, and the session Anna put three dots on, where it is. */
async function liveDay(name: string) {
  const day = await seedPhoneDay(env.served.api, name);
  await day.setPhase('live');
  const ev = `/api/events/${day.eventId}`;
  const grid = await env.served.api<Snapshot>('GET', ev, day.adminToken);
  // The grid placed it when the agenda went live.
  const voted = day.proposalIds[1]!;
  const title = grid.proposals.find((p) => p.id === voted)!.title;
  const placed = grid.placements.find((p) => p.proposalId === voted)!;
  return { day, ev, grid, voted, title, placed };
}

describe('"your session moved" on the phone (issue 9 §2)', () => {
  it('tells a move of a session I voted on live, keeps it dismissed, and tells one missed while the page was closed', async () => {
    const { served, browser } = env;
    const { day, ev, grid, voted, title, placed } = await liveDay('Moves Day');
    const sessionSlots = grid.slots.filter((s) => s.kind === 'session');
    const toSlot = sessionSlots.find((s) => s.id !== placed.slotId)!;
    const fromSlot = grid.slots.find((s) => s.id === placed.slotId)!;
    const [toRoom, lastRoom] = grid.rooms.filter((r) => r.id !== placed.roomId);
    const fromRoom = grid.rooms.find((r) => r.id === placed.roomId)!;
    const move = (roomId: string, slotId: string) =>
      served.api('PUT', `${ev}/placements/${voted}`, day.adminToken, {
        roomId,
        slotId,
        swap: true,
      });

    const { context, page } = await annasPhone(browser, served.url, day, { viewport: PHONE });
    try {
      await page.getByTestId('agenda-item').first().waitFor();
      // Going live is no move: nothing to tell yet.
      await expect(notices(page).count()).resolves.toBe(0);

      await move(toRoom!.id, toSlot.id);
      const notice = notices(page).first();
      await notice.waitFor();
      await expect(notice.locator('.move-notice__words').textContent()).resolves.toBe(
        `${title} moved: now ${startOf(toSlot)} in ${toRoom!.name}`,
      );
      await expect(notice.locator('.move-notice__was').textContent()).resolves.toBe(
        `Was ${startOf(fromSlot)} in ${fromRoom.name}`,
      );
      const findings = await seriousViolations(page);
      expect(findings, describeFindings('move notice', findings)).toEqual([]);

      await page.getByRole('button', { name: 'SV', exact: true }).click();
      await expect(notice.locator('.move-notice__words').textContent()).resolves.toBe(
        `${title} har flyttats: nu ${startOf(toSlot)} i ${toRoom!.name}`,
      );
      await page.getByRole('button', { name: 'EN', exact: true }).click();

      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notices(page).count()).resolves.toBe(0);
      await page.reload();
      await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
      await page.getByTestId('agenda-item').first().waitFor();
      await expect(notices(page).count()).resolves.toBe(0);
      // Still in the short history.
      await page.getByTestId('move-history').locator('summary').click();
      await expect(page.getByTestId('move-history-item').count()).resolves.toBe(1);

      // The phone is put away; meanwhile the facilitator moves the session to another room.
      await page.close();
      await move(lastRoom!.id, toSlot.id);
      const again = await context.newPage();
      await again.goto(`${served.url}/e/${day.eventId}?now=${PHONE_DAY_NOW}`);
      const missed = notices(again).first();
      await missed.waitFor();
      await expect(missed.locator('.move-notice__words').textContent()).resolves.toBe(
        `${title} moved: now in ${lastRoom!.name}, still at ${startOf(toSlot)}`,
      );
      await expect(notices(again).count()).resolves.toBe(1);
      await again.getByTestId('move-history').locator('summary').click();
      await expect(again.getByTestId('move-history-item').count()).resolves.toBe(2);
    } finally {
      await context.close();
    }
  });

  it('tells a move missed while the phone was offline, when the network comes back', async () => {
    const { served, browser } = env;
    const { day, ev, grid, voted, title, placed } = await liveDay('Offline Moves Day');
    const toSlot = grid.slots.find((s) => s.kind === 'session' && s.id !== placed.slotId)!;
    const toRoom = grid.rooms.find((r) => r.id !== placed.roomId)!;

    const { context, page } = await annasPhone(browser, served.url, day, { viewport: PHONE });
    try {
      await page.getByTestId('agenda-item').first().waitFor();
      // The shell is cached and the phone holds its copy of the agenda as it is now.
      await waitForStoredCopy(page, day.eventId, (copy) =>
        copy.placements.some((p) => p.proposalId === voted && p.slotId === placed.slotId),
      );

      // The Wi-Fi goes; Anna opens the event again and sees her stored agenda, marked offline.
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('agenda-item').first().waitFor();
      await page.locator('[data-testid="connection"][data-status="offline"]').waitFor();

      // Meanwhile the facilitator moves the session she put dots on.
      await served.api('PUT', `${ev}/placements/${voted}`, day.adminToken, {
        roomId: toRoom.id,
        slotId: toSlot.id,
        swap: true,
      });
      await expect(notices(page).count()).resolves.toBe(0);

      // The network comes back with the page still open: the phone catches up and tells her.
      await context.setOffline(false);
      const notice = notices(page).first();
      await notice.waitFor({ timeout: 20_000 });
      await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
      await expect(notice.locator('.move-notice__words').textContent()).resolves.toBe(
        `${title} moved: now ${startOf(toSlot)} in ${toRoom.name}`,
      );
      await expect(notices(page).count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });

  it('keeps a notice dismissed in one tab dismissed in the other, also after a reload', async () => {
    const { served, browser } = env;
    const { day, ev, grid, voted, title, placed } = await liveDay('Moves in two tabs');
    const toSlot = grid.slots.find((s) => s.kind === 'session' && s.id !== placed.slotId)!;
    const toRoom = grid.rooms.find((r) => r.id !== placed.roomId)!;
    const { context, page } = await annasPhone(browser, served.url, day, { viewport: PHONE });
    try {
      // The same event in a second tab of the same phone.
      const other = await context.newPage();
      await other.goto(page.url());
      for (const tab of [page, other]) await tab.getByTestId('agenda-item').first().waitFor();

      await served.api('PUT', `${ev}/placements/${voted}`, day.adminToken, {
        roomId: toRoom.id,
        slotId: toSlot.id,
        swap: true,
      });
      for (const tab of [page, other]) {
        await expect
          .poll(() => notices(tab).locator('.move-notice__words').allTextContents())
          .toEqual([`${title} moved: now ${startOf(toSlot)} in ${toRoom.name}`]);
      }

      await notices(page).first().getByRole('button', { name: 'Dismiss' }).click();
      await expect(notices(page).count()).resolves.toBe(0);
      await expect.poll(() => notices(other).count()).toBe(0);
      // The other tab writes its record next (a tally, its own view): the dismissal stays.
      await other.reload();
      await other.getByTestId('agenda-item').first().waitFor();
      await page.reload();
      await page.getByTestId('agenda-item').first().waitFor();
      for (const tab of [page, other]) {
        await tab.locator('[data-testid="connection"][data-status="live"]').waitFor();
        await expect(notices(tab).count()).resolves.toBe(0);
        await tab.getByTestId('move-history').locator('summary').click();
        await expect(tab.getByTestId('move-history-item').count()).resolves.toBe(1);
      }
    } finally {
      await context.close();
    }
  });
});
