import { describe, expect, it } from 'vitest';
import { annasPhone, seedPhoneDay } from '../support/phone-day';
import { useServedBrowser } from './served-browser';

const env = useServedBrowser();

describe('the agenda offline (issue 9 §4)', () => {
  it('reopens from the service worker with the stored snapshot, marked, and catches up online', async () => {
    const { served, browser } = env;
    const day = await seedPhoneDay(served.api, 'Offline Day');
    await day.setPhase('live');
    const { context, page } = await annasPhone(browser, served.url, day);
    try {
      const item = page.getByTestId('agenda-item');
      await item.first().waitFor();
      // The worker registers a while after load; the copy is saved a few seconds after a change.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.waitForFunction(
        (k) => localStorage.getItem(k) !== null,
        `knyta:offline:${day.eventId}`,
      );
      const note = page.locator('.offline-note[role="status"]');
      await expect(note.textContent()).resolves.toBe('');

      await context.setOffline(true);
      await page.reload();
      await item.first().waitFor();
      await expect(note.textContent()).resolves.toMatch(/^Offline – as of \d\d:\d\d$/);
      await expect(page.getByTestId('connection').getAttribute('data-status')).resolves.not.toBe(
        'live',
      );

      // Meanwhile the facilitator renames a session on the agenda.
      const moved = day.proposalIds[1]!;
      await served.api('PATCH', `/api/events/${day.eventId}/proposals/${moved}`, day.adminToken, {
        title: 'Moved: offline-first apps',
      });

      await context.setOffline(false);
      await page.getByText('Moved: offline-first apps').first().waitFor();
      await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
      await expect(note.textContent()).resolves.toBe('');

      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        }
        return urls;
      });
      expect(cached.some((url) => url.endsWith('/index.html'))).toBe(true);
      for (const url of cached) expect(url).not.toMatch(/\/api\/|\/socket\.io\//);
    } finally {
      await context.close();
    }
  });
});
