import { describe, expect, it } from 'vitest';
import { readCalendar } from '../support/ics-reader';
import { annasPhone, seedPhoneDay } from '../support/phone-day';
import { useServedBrowser } from './served-browser';

const setUp = useServedBrowser();

describe('the agenda as a calendar subscription', () => {
  it('offers webcal:// and https:// under the live agenda, and the feed holds what the phone shows', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'E2E Kalender');
    await day.setPhase('live');
    const { context, page } = await annasPhone(setUp.browser, setUp.served.url, day);
    const links = page.getByTestId('calendar-links');
    await links.waitFor();
    const feed = `${setUp.served.url}/api/events/${day.eventId}/calendar.ics`;
    await expect(links.getByTestId('calendar-feed').getAttribute('href')).resolves.toBe(feed);
    await expect(links.getByTestId('calendar-subscribe').getAttribute('href')).resolves.toBe(
      feed.replace(/^http:/, 'webcal:'),
    );
    await expect(links.textContent()).resolves.toContain('Subscribe in your calendar');

    // Fetched as a calendar app would: no token, the agenda is public once live.
    const res = await context.request.get(feed);
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const entries = readCalendar(await res.text());
    expect(entries.length).toBeGreaterThanOrEqual(12);
    const titles = await page
      .getByTestId('agenda-item')
      .evaluateAll((els) => els.map((e) => e.querySelector('.agenda-item__title')?.textContent));
    expect(entries.map((e) => e.summary).sort()).toEqual([...titles].sort());
    await context.close();
  });
});
