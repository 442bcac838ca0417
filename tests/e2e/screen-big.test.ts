import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenContext } from '../support/browser';
import { auditTexts, unreadable } from '../support/projector-audit';
import {
  PROJECTOR_NOON,
  PROJECTOR_ROOMS,
  publishAgenda,
  seedProjectorDay,
  type ProjectorDay,
} from '../support/projector-day';
import { spreadDots } from '../support/realistic-event';
import { useServedBrowser } from './served-browser';

const app = useServedBrowser();
let day: ProjectorDay;

beforeAll(async () => {
  day = await seedProjectorDay(app.served.api, { language: 'en' });
});

/** The smallest title allowed: read from the back of a hall. */
const SCREENS = [
  { width: 1920, height: 1080, minTitle: 24 },
  { width: 1280, height: 720, minTitle: 20 },
];

async function openScreen(viewport: { width: number; height: number }, query: string) {
  const page = await (await screenContext(app.browser, viewport)).newPage();
  await page.goto(`${app.served.url}/screen/${day.joinCode}?now=${PROJECTOR_NOON}&${query}`);
  return page;
}

const pageIndicator = (page: Page) => page.getByTestId('screen-pages');
/** The page number and its rooms, read at one moment. */
const onShow = (page: Page) =>
  page.evaluate(() => ({
    page: document.querySelector('[data-testid="screen-pages"]')?.getAttribute('data-page'),
    rooms: [...document.querySelectorAll('.screen-grid__room-name')].map((e) => e.textContent),
  }));

describe('the projector at a big event', () => {
  it('shows the voting leaderboard with whole words, readable, ties sharing a place', async () => {
    await spreadDots(app.served.api, { ...day, voters: 40 });
    await app.served.api('PATCH', `/api/events/${day.eventId}`, day.adminToken, {
      phase: 'voting',
    });
    for (const screen of SCREENS) {
      const page = await openScreen(screen, '');
      const items = page.getByTestId('leaderboard-item');
      await items.first().waitFor();
      const titles = await auditTexts(page, '.board-item__title');
      expect(titles.length, `${screen.width}`).toBeGreaterThanOrEqual(6);
      expect(unreadable(titles, screen.minTitle), `${screen.width}`).toEqual([]);

      const ranks = await page
        .locator('.board-item__rank')
        .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      const dots = await page
        .getByTestId('leaderboard-dots')
        .evaluateAll((els) => els.map((e) => Number(e.querySelector('strong')!.textContent)));
      expect(ranks.every((r) => /^=?\d+$/.test(r))).toBe(true);
      // Tied entries say "=N", the place of the first of them; others their own place. The
      // list is the top of the ranking, so the last one shown may tie with one that is not.
      ranks.forEach((rank, i) => {
        const tied = dots.filter((d) => d === dots[i]).length > 1;
        const place = dots.filter((d) => d > dots[i]!).length + 1;
        if (tied || dots[i] !== dots.at(-1)) expect(rank).toBe(tied ? `=${place}` : `${place}`);
        else expect(rank.replace('=', '')).toBe(`${place}`);
      });
      expect(ranks.some((r) => r.startsWith('='))).toBe(true);
      await page.context().close();
    }
  });

  it('at mid-day folds the morning away and pages through the rooms, every title readable', async () => {
    await publishAgenda(app.served.api, day);
    for (const screen of SCREENS) {
      const page = await openScreen(screen, 'page=1');
      await page.getByTestId('screen-cell').first().waitFor();
      await expect(pageIndicator(page).textContent()).resolves.toMatch(
        /^Rooms 1–\d+ of 12 · page 1\/\d/,
      );
      const pages = Number((await pageIndicator(page).textContent())!.match(/page 1\/(\d+)/)![1]);
      expect(pages, `${screen.width}`).toBeGreaterThan(1);

      const seen: string[] = [];
      for (let n = 1; n <= pages; n++) {
        if (n > 1) {
          await page.goto(
            `${app.served.url}/screen/${day.joinCode}?now=${PROJECTOR_NOON}&page=${n}`,
          );
          await page.getByTestId('screen-cell').first().waitFor();
        }
        const label = `${screen.width}, page ${n}`;
        await expect(pageIndicator(page).getAttribute('data-page')).resolves.toBe(String(n));
        // The morning is one folded line; the running slot comes first, then the next.
        await page.getByTestId('screen-earlier').waitFor();
        await expect(page.locator('[data-tense="past"]').count()).resolves.toBe(0);
        const tenses = await page
          .locator('[role="row"][data-tense]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-tense')));
        expect(tenses.slice(0, 2), label).toEqual(['now', 'next']);

        const titles = await auditTexts(page, '.screen-cell__title');
        expect(titles.length, label).toBeGreaterThanOrEqual(2 * 4);
        expect(unreadable(titles, screen.minTitle), label).toEqual([]);
        // Nothing spills out of its cell.
        const spilling = await page
          .getByTestId('screen-cell')
          .evaluateAll((cells) =>
            cells.filter((c) => c.scrollHeight > c.clientHeight + 1).map((c) => c.textContent),
          );
        expect(spilling, label).toEqual([]);

        // Hosts of now and next, whole names at least for the first.
        for (const tense of ['now', 'next']) {
          const hosts = await page
            .locator(`[data-tense="${tense}"] [data-testid="screen-cell"]`)
            .evaluateAll((cells) =>
              cells.map((c) => c.querySelector('.screen-cell__hosts')?.textContent ?? ''),
            );
          expect(hosts.length, label).toBeGreaterThan(0);
          for (const shown of hosts) expect(shown, `${label} ${tense}`).toMatch(/^\S+ \S+/);
        }

        // Room names whole, no word of them over two lines.
        const rooms = await auditTexts(page, '.screen-grid__room-name');
        expect(unreadable(rooms, screen.minTitle, 1), label).toEqual([]);
        seen.push(...rooms.map((r) => r.full));
      }
      // Every room comes up, on one page only.
      expect(seen, `${screen.width}`).toEqual(PROJECTOR_ROOMS);
      await page.context().close();
    }
  });

  it('turns the page by itself after the interval, calmly', async () => {
    const page = await openScreen({ width: 1920, height: 1080 }, 'pageSeconds=1.5');
    await page.getByTestId('screen-cell').first().waitFor();
    const first = await onShow(page);
    await expect
      .poll(async () => (await onShow(page)).page, { timeout: 4000 })
      .not.toBe(first.page);
    const next = await onShow(page);
    await expect(pageIndicator(page).textContent()).resolves.toContain(`page ${next.page}/`);
    expect(next.rooms.some((name) => first.rooms.includes(name))).toBe(false);
    await page.context().close();
  });
});
