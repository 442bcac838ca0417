import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeFindings, seriousViolations } from '../support/axe';
import { laptopContext, phoneContext } from '../support/browser';
import { keepParticipantToken } from '../support/device-token';
import { seedProjectorDay, type ProjectorDay } from '../support/projector-day';
import { useServedBrowser } from './served-browser';

const app = useServedBrowser();
let day: ProjectorDay;

beforeAll(async () => {
  day = await seedProjectorDay(app.served.api, { rooms: 2, language: 'en' });
});

/** A phone that joined this event (its token on the device), on the proposals. */
async function joinedPhone(viewport?: { width: number; height: number }) {
  const { token } = await app.served.api<{ token: string }>('POST', '/api/join', undefined, {
    joinCode: day.joinCode,
    name: 'Anna',
  });
  const context = await phoneContext(app.browser);
  await keepParticipantToken(context, day.eventId, token);
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${app.served.url}/e/${day.eventId}`);
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
  return page;
}

async function pitch(page: Page, title: string) {
  await page.getByTestId('pitch-open').click();
  await page.getByLabel('Title').fill(title);
  await page.getByTestId('pitch-submit').click();
  await page.getByTestId('pitch-form').waitFor({ state: 'detached' });
}

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
};
type Box = Awaited<ReturnType<typeof box>>;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('toasts', () => {
  it('say a success politely, one at a time and briefly; an error stays until dismissed', async () => {
    const page = await joinedPhone({ width: 360, height: 640 });
    const successes = page.locator('[data-testid="toast"][data-kind="success"]');
    await pitch(page, 'Screen readers for beginners');
    await pitch(page, 'Pairing with a screen reader');
    // The second replaced the first, inside the polite status region, not as an alert.
    await expect(successes.count()).resolves.toBe(1);
    await expect(successes.textContent()).resolves.toContain('Your session is on the board!');
    await expect(
      successes.evaluate((el) => [el.getAttribute('role'), el.parentElement!.getAttribute('role')]),
    ).resolves.toEqual([null, 'status']);
    await successes.waitFor({ state: 'detached', timeout: 4500 });

    // Voting halfway down the list while the network is gone: the error is an alert, at the
    // top, off the buttons just pressed, and it waits for the person to close it.
    await page.route('**/api/events/*/proposals/*/vote', (route) => route.abort());
    const card = page.getByTestId('proposal-card').nth(4);
    await card.scrollIntoViewIfNeeded();
    await card.getByTestId('vote-add').click();
    const error = page.locator('[data-testid="toast"][data-kind="error"]');
    await error.waitFor();
    await expect(error.getAttribute('role')).resolves.toBe('alert');
    const toast = await box(error);
    expect(overlap(toast, await box(card.getByTestId('vote-add')))).toBe(false);
    expect(overlap(toast, await box(card.getByTestId('vote-remove')))).toBe(false);
    await expect(
      seriousViolations(page).then((found) => describeFindings('error toast', found)),
    ).resolves.toBe('');
    await page.waitForTimeout(5000);
    await expect(error.count()).resolves.toBe(1);
    await error.getByRole('button', { name: 'Dismiss' }).click();
    await expect(error.count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('the grid', () => {
  it('announces undo and redo from the keyboard in its polite region', async () => {
    const ev = `/api/events/${day.eventId}`;
    for (const [id, { roomId, slotId }] of [...day.placed].slice(0, 2)) {
      await app.served.api('PUT', `${ev}/placements/${id}`, day.adminToken, { roomId, slotId });
    }
    const page = await (await laptopContext(app.browser)).newPage();
    await page.goto(`${app.served.url}/admin/${day.eventId}/grid#${day.adminToken}`);
    await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
    const placed = page.locator('[data-testid="grid-cell"][data-proposal-id]');
    await expect.poll(() => placed.count()).toBe(2);
    const announcer = page.getByTestId('grid-announcer');
    await expect(announcer.getAttribute('aria-live')).resolves.toBe('polite');

    await page.keyboard.press('Control+z');
    await expect.poll(() => placed.count()).toBe(1);
    await expect.poll(() => announcer.textContent()).toMatch(/^Undone/);
    const first = await announcer.textContent();
    // A second undo in a row says so again: the region's text changes.
    await page.keyboard.press('Control+z');
    await expect.poll(() => placed.count()).toBe(0);
    await expect.poll(() => announcer.textContent()).not.toBe(first);
    await expect(announcer.textContent()).resolves.toMatch(/^Undone/);

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => placed.count()).toBe(1);
    await expect.poll(() => announcer.textContent()).toMatch(/^Redone/);
    await page.context().close();
  });
});
