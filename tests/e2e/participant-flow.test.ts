import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, laptopContext, phoneContext } from '../support/browser';
import { serveApp, type Served } from './serve';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const attr = (locator: Locator, name: string) => () => locator.getAttribute(name);

/** Creates an event on the home page, as a facilitator would; returns its join link. */
async function createEvent(page: Page, name: string): Promise<string> {
  await page.goto(served.url);
  await page.getByTestId('event-name').fill(name);
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.getByTestId('created-card').waitFor();
  return page.getByTestId('join-link').inputValue();
}

async function joinOnPhone(page: Page, joinLink: string, name: string) {
  await page.goto(joinLink);
  await page.getByTestId('join-event-name').waitFor();
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByTestId('join-submit').click();
  await page.waitForURL(/\/e\/[^/]+$/);
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
}

describe('participant flow in a real browser', () => {
  it('creates an event, joins on a phone, pitches, votes, and the tally changes live elsewhere', async () => {
    const desk = await (await laptopContext(browser)).newPage();
    const joinLink = await createEvent(desk, 'E2E Knytkonferens');
    expect(joinLink).toMatch(/\/join\/[A-Z0-9]{6}$/);
    await expect(desk.getByTestId('secret-warning').textContent()).resolves.toContain(
      'Keep this link secret',
    );

    // The admin token travels in the fragment and leaves the address bar once stored.
    await desk.getByRole('link', { name: 'Open the facilitator page' }).click();
    await desk.getByTestId('admin-proposals').waitFor();
    expect(new URL(desk.url()).hash).toBe('');
    await desk.evaluate(() => Object.assign(window, { notReloaded: true }));

    const anna = await (await phoneContext(browser)).newPage();
    await joinOnPhone(anna, joinLink, 'Anna');
    const dotsLeft = anna.getByTestId('dots-left');
    await expect.poll(attr(dotsLeft, 'data-remaining')).toBe('5');
    await expect(dotsLeft.textContent()).resolves.toContain('5 of 5');

    // Pitch: the host is prefilled with the name given at the door.
    await anna.getByTestId('pitch-open').click();
    // A pasted text-direction override is named and keeps the pitch from being sent.
    await anna.getByLabel('Title').fill('Testing \u202Eylluferac');
    await anna.getByText('Remove the invisible character U+202E').waitFor();
    await expect(anna.getByTestId('pitch-submit').isDisabled()).resolves.toBe(true);
    await anna.getByLabel('Title').fill('Testing in production, carefully');
    await expect(anna.getByLabel('Host(s)').inputValue()).resolves.toBe('Anna');
    await anna.getByRole('radio', { name: 'Workshop' }).check();
    await anna.getByTestId('pitch-submit').click();
    const mine = anna.getByTestId('proposal-card').filter({ hasText: 'Testing in production' });
    await mine.waitFor();

    // A second phone and the facilitator see the pitch arrive without reloading.
    const erik = await (await phoneContext(browser)).newPage();
    await joinOnPhone(erik, joinLink, 'Erik');
    const onErik = erik.getByTestId('proposal-card').filter({ hasText: 'Testing in production' });
    const onDesk = desk.getByTestId('proposal-card').filter({ hasText: 'Testing in production' });
    await onErik.waitFor();
    await onDesk.waitFor();

    // Vote: two dots from Anna, one from Erik; every screen follows.
    await mine.getByTestId('vote-add').click();
    await expect.poll(attr(mine.getByTestId('my-dots'), 'data-dots')).toBe('1');
    await mine.getByTestId('vote-add').click();
    await expect.poll(attr(mine.getByTestId('my-dots'), 'data-dots')).toBe('2');
    await expect.poll(attr(dotsLeft, 'data-remaining')).toBe('3');
    await expect(dotsLeft.textContent()).resolves.toContain('3 of 5');
    await expect.poll(attr(onDesk.getByTestId('tally'), 'data-dots')).toBe('2');
    await expect.poll(attr(onErik.getByTestId('tally'), 'data-dots')).toBe('2');

    await onErik.getByTestId('vote-add').click();
    await expect.poll(attr(onDesk.getByTestId('tally'), 'data-dots')).toBe('3');
    await expect.poll(attr(mine.getByTestId('tally'), 'data-dots')).toBe('3');

    // The per-proposal cap (3) stops the + button; taking a dot back is always possible.
    await mine.getByTestId('vote-add').click();
    await expect.poll(attr(mine.getByTestId('my-dots'), 'data-dots')).toBe('3');
    await expect(mine.getByTestId('vote-add').isDisabled()).resolves.toBe(true);
    // A tap on it says why, beside it (a tooltip never shows on touch).
    await mine.getByTestId('vote-add').tap({ force: true });
    await expect
      .poll(() => mine.getByTestId('vote-hint').textContent())
      .toBe('At most 3 dots per session');
    await mine.getByTestId('vote-remove').click();
    await expect.poll(attr(dotsLeft, 'data-remaining')).toBe('3');
    await expect.poll(attr(onDesk.getByTestId('tally'), 'data-dots')).toBe('3');

    expect(await desk.evaluate(() => 'notReloaded' in window)).toBe(true);
  });

  it('catches up by itself after the phone loses its connection', async () => {
    const desk = await (await laptopContext(browser)).newPage();
    const joinLink = await createEvent(desk, 'E2E Reconnect');
    const phoneContextForLena = await phoneContext(browser);
    const lena = await phoneContextForLena.newPage();
    await joinOnPhone(lena, joinLink, 'Lena');

    // The phone drops off the network; the facilitator pitches meanwhile.
    await phoneContextForLena.setOffline(true);
    served.app.io.disconnectSockets();
    await lena.locator('[data-testid="connection"]:not([data-status="live"])').waitFor();
    await desk.getByRole('link', { name: 'Open the facilitator page' }).click();
    await desk.getByTestId('pitch-open').click();
    await desk.getByLabel('Title').fill('Pitched while you were away');
    await desk.getByTestId('pitch-submit').click();
    await desk.getByTestId('proposal-card').filter({ hasText: 'while you were away' }).waitFor();

    await phoneContextForLena.setOffline(false);
    await lena.locator('[data-testid="connection"][data-status="live"]').waitFor();
    await lena
      .getByTestId('proposal-card')
      .filter({ hasText: 'Pitched while you were away' })
      .waitFor();
  });
});
