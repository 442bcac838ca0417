// Stars and My day on a 412×915 phone: two sessions starred in one slot and one later, listed
// in time order with the clash marked; the stars survive a reload, and My day shows offline
// from the device's copy; no serious axe findings.
import { describe, expect, it } from 'vitest';
import { describeFindings, seriousViolations } from '../support/axe';
import { PHONE } from '../support/browser';
import { annasPhone, seedPhoneDay } from '../support/phone-day';
import { waitForStoredCopy } from '../support/stored-copy';
import { useServedBrowser } from './served-browser';

const app = useServedBrowser();

describe('My day on a phone', () => {
  it('lists the starred sessions in time order with the clash marked', async () => {
    const day = await seedPhoneDay(app.served.api);
    await day.setPhase('live');
    const hosted = day.proposalIds[2]!;
    const { context, page } = await annasPhone(app.browser, app.served.url, day, {
      viewport: PHONE,
    });
    try {
      const myDay = page.getByTestId('my-day');
      await myDay.waitFor();

      // Upcoming slots of the agenda by time, without Anna's own session (she is in it anyway).
      const rows = page.locator(
        '[data-testid="agenda"] [data-testid="agenda-slot"]:is([data-tense="next"], [data-tense="later"])',
      );
      const idsIn = async (i: number) =>
        rows
          .nth(i)
          .getByTestId('agenda-item')
          .evaluateAll((items) => items.map((el) => el.getAttribute('data-proposal-id')!));
      const slotsFree: string[][] = [];
      for (let i = 0; i < (await rows.count()); i++) {
        const ids = await idsIn(i);
        if (ids.length >= 2 && !ids.includes(hosted)) slotsFree.push(ids);
      }
      const [[first, second], [later]] = [slotsFree[0]!, slotsFree[slotsFree.length - 1]!];
      const starButton = (id: string) =>
        page.locator(
          `[data-testid="agenda"] [data-testid="agenda-item"][data-proposal-id="${id}"] [data-testid="star-toggle"]`,
        );
      // Starred out of order: the list sorts them.
      for (const id of [later!, second!, first!]) {
        await starButton(id).click();
        await expect.poll(() => starButton(id).getAttribute('aria-pressed')).toBe('true');
      }
      expect(await starButton(first!).getAttribute('aria-label')).toMatch(/^Star: /);

      const items = myDay.getByTestId('my-day-item');
      const listed = async () =>
        items.evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-proposal-id'), el.getAttribute('data-clash')]),
        );
      const starredOnly = async () => (await listed()).filter(([id]) => id !== hosted);
      await expect.poll(starredOnly).toEqual([
        [first, 'true'],
        [second, 'true'],
        [later, 'false'],
      ]);
      await expect(myDay.getByTestId('my-day-clash').count()).resolves.toBe(2);
      const clashText = await myDay.getByTestId('my-day-clash').first().textContent();
      expect(clashText).toContain('Clash: same time');
      // Where to go: each entry names its room.
      expect(await items.first().locator('.my-day__room').textContent()).toMatch(/\S/);
      // My own feed, next to the whole event's.
      const feed = await myDay.getByTestId('my-calendar-feed').getAttribute('href');
      expect(feed).toMatch(/\/calendars\/[\w-]{32}\.ics$/);
      expect(feed).not.toContain(day.anna);

      const findings = await seriousViolations(page);
      expect(findings, describeFindings('My day on a phone', findings)).toEqual([]);

      // Kept by the server: a reload shows the same day.
      await page.reload();
      await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
      await expect.poll(starredOnly).toEqual([
        [first, 'true'],
        [second, 'true'],
        [later, 'false'],
      ]);

      // The Wi-Fi goes when she looks for her next room: My day comes from the device's copy.
      await waitForStoredCopy(page, day.eventId, (copy) => {
        const starred = copy.me?.role === 'participant' ? copy.me.starred : [];
        return [first!, second!, later!].every((id) => starred.includes(id));
      });
      await context.setOffline(true);
      await page.reload();
      await myDay.waitFor();
      await page.locator('[data-testid="connection"][data-status="offline"]').waitFor();
      await expect(page.locator('.offline-note[role="status"]').textContent()).resolves.toMatch(
        /^Offline – as of \d\d:\d\d$/,
      );
      await expect.poll(starredOnly).toEqual([
        [first, 'true'],
        [second, 'true'],
        [later, 'false'],
      ]);
      await expect(myDay.getByTestId('my-day-clash').count()).resolves.toBe(2);
      expect(await items.first().locator('.my-day__room').textContent()).toMatch(/\S/);
    } finally {
      await context.close();
    }
  });

  it('gives my feed a new address when I ask, and the old one stops working', async () => {
    const day = await seedPhoneDay(app.served.api, 'E2E Ny adress');
    await day.setPhase('live');
    const { context, page } = await annasPhone(app.browser, app.served.url, day, {
      viewport: PHONE,
    });
    try {
      const myDay = page.getByTestId('my-day');
      const feedLink = myDay.getByTestId('my-calendar-feed');
      await feedLink.waitFor();
      const old = (await feedLink.getAttribute('href'))!;
      expect((await context.request.get(old)).status()).toBe(200);

      // It asks first, and says what happens to calendars subscribed to the old address.
      const renew = myDay.getByTestId('my-calendar-renew');
      await renew.getByRole('button', { name: 'New address' }).click();
      await expect(renew.getByRole('group').textContent()).resolves.toContain(
        'The old address stops working',
      );
      const findings = await seriousViolations(page);
      expect(findings, describeFindings('My day, asking for a new address', findings)).toEqual([]);
      await renew.locator('.button--danger').click();

      await expect.poll(() => feedLink.getAttribute('href')).not.toBe(old);
      const fresh = (await feedLink.getAttribute('href'))!;
      expect(fresh).toMatch(/\/calendars\/[\w-]{32}\.ics$/);
      await expect(myDay.getByTestId('my-calendar-subscribe').getAttribute('href')).resolves.toBe(
        fresh.replace(/^http:/, 'webcal:'),
      );
      await page.getByText('Your day has a new address').waitFor();
      expect((await context.request.get(old)).status()).toBe(404);
      expect((await context.request.get(fresh)).status()).toBe(200);
      // The server names the new one from now on.
      await page.reload();
      await expect.poll(() => feedLink.getAttribute('href')).toBe(fresh);
    } finally {
      await context.close();
    }
  });
});
