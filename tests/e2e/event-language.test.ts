import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreatedEvent, CreateEvent } from '../../shared/schemas/event';
import { phoneContext, screenContext } from '../support/browser';
import { useServedBrowser } from './served-browser';

const shared = useServedBrowser();

async function createEvent(event: CreateEvent) {
  return (await shared.served.api<CreatedEvent>('POST', '/api/events', undefined, event)).event;
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Joins from the join page in whatever language it shows; the name field is the only input. */
async function joinOnPhone(page: Page, joinCode: string) {
  await page.goto(`${shared.served.url}/join/${joinCode}`);
  await page.getByTestId('join-event-name').waitFor();
  await page.locator('#join-name').fill('Anna');
  await page.getByTestId('join-submit').click();
  await page.waitForURL(/\/e\/[^/]+$/);
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
}

describe("the event's language", () => {
  it('shows a Swedish event in Swedish to an English browser until the viewer picks English', async () => {
    const event = await createEvent({ name: 'Knytkonferens på svenska', language: 'sv' });
    const phone = await (await phoneContext(shared.browser, 'en-US')).newPage();

    await phone.goto(`${shared.served.url}/join/${event.joinCode}`);
    await phone.getByText('Du ansluter till').waitFor();
    expect(await htmlLang(phone)).toBe('sv');
    await expect(phone.getByTestId('join-submit').textContent()).resolves.toBe('Anslut');

    await joinOnPhone(phone, event.joinCode);
    await expect(phone.getByTestId('dots-left').textContent()).resolves.toContain('5 av 5');
    expect(await htmlLang(phone)).toBe('sv');

    const projector = await (
      await screenContext(shared.browser, { width: 1920, height: 1080 })
    ).newPage();
    await projector.goto(`${shared.served.url}/screen/${event.joinCode}`);
    await projector.getByText('Var med och rösta').waitFor();
    expect(await htmlLang(projector)).toBe('sv');

    // The viewer's own choice wins, on this page, after a reload, and on the event's other pages.
    await phone.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(phone.getByTestId('dots-left').textContent()).resolves.toContain('5 of 5');
    expect(await htmlLang(phone)).toBe('en');
    await phone.reload();
    await phone.locator('[data-testid="connection"][data-status="live"]').waitFor();
    await expect(phone.getByTestId('dots-left').textContent()).resolves.toContain('5 of 5');
    expect(await htmlLang(phone)).toBe('en');
    await phone.goto(`${shared.served.url}/screen/${event.joinCode}`);
    await phone.getByText('Join and vote').waitFor();
    expect(await htmlLang(phone)).toBe('en');

    // The projector has not chosen: it still follows the event.
    await projector.reload();
    await projector.getByText('Var med och rösta').waitFor();
    expect(await htmlLang(projector)).toBe('sv');
  });

  it('shows an English event in English to a Swedish browser, and its own pages in Swedish', async () => {
    const event = await createEvent({ name: 'Barcamp in English', language: 'en' });
    const phone = await (await phoneContext(shared.browser, 'sv-SE')).newPage();

    await phone.goto(`${shared.served.url}/join/${event.joinCode}`);
    await phone.getByText('You are joining').waitFor();
    expect(await htmlLang(phone)).toBe('en');

    await joinOnPhone(phone, event.joinCode);
    await expect(phone.getByTestId('dots-left').textContent()).resolves.toContain('5 of 5');
    expect(await htmlLang(phone)).toBe('en');

    // Leaving the event for the home page gives the browser its own language back.
    await phone.locator('a.brand').click();
    await phone.waitForURL(`${shared.served.url}/`);
    await expect.poll(() => htmlLang(phone)).toBe('sv');
    await phone.getByRole('button', { name: 'Skapa evenemang' }).waitFor();
  });
});
