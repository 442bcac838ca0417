import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreatedEvent } from '../../shared/schemas/event';
import { phoneContext } from '../support/browser';
import { useServedBrowser } from './served-browser';

const setUp = useServedBrowser();

const createByApi = (name: string, date?: string) =>
  setUp.served.api<CreatedEvent>('POST', '/api/events', undefined, {
    name,
    ...(date ? { date } : {}),
  });

const listed = (page: Page) =>
  page.getByTestId('my-event').evaluateAll((els) =>
    els.map((e) => ({
      id: (e as HTMLElement).dataset.eventId,
      text: e.querySelector('a')!.textContent,
      href: e.querySelector('a')!.getAttribute('href'),
    })),
  );

describe('the home page on a phone that has been to events', () => {
  it('leads back to the events created and joined here, the latest first, and forgets one', async () => {
    const context = await phoneContext(setUp.browser);
    const page = await context.newPage();
    await page.goto(setUp.served.url);
    await page.getByTestId('create-event-form').waitFor();
    // Nothing to lead back to yet: no list at all.
    await expect(page.getByTestId('my-events').count()).resolves.toBe(0);

    // A key saved before names were kept: listed all the same, without a name.
    const old = await createByApi('Barcamp 2025');
    await page.evaluate(
      (id) => localStorage.setItem(`knyta:participant:${id}`, 'old-token'),
      old.event.id,
    );

    // Created here, on the home page.
    await page.getByTestId('event-name').fill('Knytkonferens 2026');
    await page.getByLabel('Date').fill('2026-11-27');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByTestId('created-card').waitFor();
    const adminId = new URL(await page.getByTestId('admin-link').inputValue()).pathname
      .split('/')
      .pop()!;

    // Joined later, by its link.
    const other = await createByApi('Open Space Malmö', '2027-03-14');
    await page.goto(`${setUp.served.url}/join/${other.event.joinCode}`);
    await page.getByTestId('join-submit').click();
    await page.waitForURL(/\/e\/[^/]+$/);
    // "Live" says the socket is up; the event is remembered once its snapshot has arrived and
    // its name shows, so wait for that before leaving.
    await page.getByRole('heading', { name: 'Open Space Malmö' }).waitFor();

    await page.goto(setUp.served.url);
    await page.getByTestId('my-events').waitFor();
    const rows = await listed(page);
    expect(rows.map((r) => r.id)).toEqual([other.event.id, adminId, old.event.id]);
    expect(rows[0]!.text).toContain('Open Space Malmö');
    expect(rows[0]!.text).toContain('Participant');
    expect(rows[0]!.text).toContain('2027');
    expect(rows[0]!.href).toBe(`/e/${other.event.id}`);
    expect(rows[1]!.text).toContain('Knytkonferens 2026');
    expect(rows[1]!.text).toContain('Facilitator');
    expect(rows[1]!.href).toBe(`/admin/${adminId}`);
    expect(rows[2]!.text).toContain('An event you opened earlier');

    // The facilitator link opens the board with the key kept here.
    await page.getByTestId('my-event').nth(1).locator('a').click();
    await page.getByTestId('admin-proposals').waitFor();

    // Forgetting asks first, then drops the entry and its key.
    await page.goto(setUp.served.url);
    const joined = page.locator(`[data-testid="my-event"][data-event-id="${other.event.id}"]`);
    await joined.getByRole('button', { name: 'Forget' }).click();
    await joined.getByText('Your dots stay').waitFor();
    await joined.locator('.button--danger').click();
    await expect
      .poll(async () => (await listed(page)).map((r) => r.id))
      .toEqual([adminId, old.event.id]);
    const key = await page.evaluate(
      (id) => localStorage.getItem(`knyta:participant:${id}`),
      other.event.id,
    );
    expect(key).toBeNull();
    // And it stays forgotten.
    await page.reload();
    await page.getByTestId('my-events').waitFor();
    await expect(page.getByTestId('my-event').count()).resolves.toBe(2);
    await context.close();
  });
});
