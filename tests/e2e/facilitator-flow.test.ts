import type { Browser, Locator } from 'playwright-core';
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

describe('facilitator flow in a real browser', () => {
  it('sets up rooms and slots, and steers what phones may see and do', async () => {
    const desk = await (await laptopContext(browser)).newPage();
    await desk.goto(served.url);
    await desk.getByTestId('event-name').fill('E2E Blind');
    await desk.getByLabel('Date').fill('2026-11-27');
    await desk.getByText('Blind voting').click();
    await desk.getByRole('button', { name: 'Create event' }).click();
    const joinLink = await desk.getByTestId('join-link').inputValue();
    await desk.getByRole('link', { name: 'Open the facilitator page' }).click();
    await desk.getByTestId('admin-proposals').waitFor();

    // A room, and a generated day of slots from the preview.
    const rooms = desk.getByTestId('rooms-section');
    await rooms.getByLabel('Name').fill('Biblioteket');
    await rooms.getByLabel('Seats').fill('40');
    await rooms.getByRole('button', { name: 'Add room' }).click();
    await rooms.getByTestId('room-row').filter({ hasText: 'Biblioteket' }).waitFor();
    const generator = desk.getByTestId('slot-generator');
    await expect(generator.getByTestId('slot-preview').locator('li').count()).resolves.toBe(6);
    await generator.getByTestId('generator-add').click();
    await expect.poll(() => desk.getByTestId('slot-row').count()).toBe(6);

    // A phone joins, pitches and votes; blind voting hides the tally from it, not from the desk.
    const phone = await (await phoneContext(browser)).newPage();
    await phone.goto(joinLink);
    await phone.getByTestId('join-submit').click();
    await phone.getByTestId('pitch-open').click();
    await phone.getByLabel('Title').fill('Blind dates with legacy code');
    await phone.getByTestId('pitch-submit').click();
    const card = phone.getByTestId('proposal-card').filter({ hasText: 'Blind dates' });
    await card.getByTestId('vote-add').click();
    await expect.poll(attr(phone.getByTestId('dots-left'), 'data-remaining')).toBe('4');
    const onDesk = desk.getByTestId('proposal-card').filter({ hasText: 'Blind dates' });
    await expect.poll(attr(onDesk.getByTestId('tally'), 'data-dots')).toBe('1');
    await expect.poll(attr(card.getByTestId('tally'), 'data-dots')).toBe('hidden');

    // Hidden proposals leave the phone's list, and come back when shown again.
    await onDesk.getByTestId('toggle-hidden').click();
    await card.waitFor({ state: 'detached' });
    await onDesk.getByTestId('toggle-hidden').click();
    await card.waitFor();

    // Scheduling, once confirmed: no more pitching or voting on the phone, and the tally shows.
    await desk.getByTestId('phase-scheduling').click();
    await desk.getByTestId('phase-dialog').getByTestId('phase-confirm').click();
    await expect
      .poll(() => phone.getByTestId('phase-note').textContent())
      .toContain('building the agenda');
    await expect(phone.getByTestId('pitch-open').count()).resolves.toBe(0);
    // Voting is over: no buttons and no dot meter, only the dot I gave.
    await expect.poll(() => card.getByTestId('vote-add').count()).toBe(0);
    await expect(phone.getByTestId('dots-left').count()).resolves.toBe(0);
    await expect(card.getByTestId('my-dots').getAttribute('data-dots')).resolves.toBe('1');
    await expect.poll(attr(card.getByTestId('tally'), 'data-dots')).toBe('1');

    // Swedish on the phone, with the same live data.
    await phone.getByRole('button', { name: 'SV', exact: true }).click();
    await expect(phone.getByTestId('phase').textContent()).resolves.toContain('Schemaläggning');
    await expect(phone.getByTestId('connection').textContent()).resolves.toBe('Ansluten');
  });
});
