import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROPOSAL_LIMITS } from '../../shared/proposal-limits';
import { recordNetwork } from '../support/network-log';
import { annasPhone, seedPhoneDay, type PhoneDay } from '../support/phone-day';
import { useServedBrowser } from './served-browser';

const setUp = useServedBrowser();

const phone = (day: PhoneDay, opts?: Parameters<typeof annasPhone>[3]) =>
  annasPhone(setUp.browser, setUp.served.url, day, opts);

const remaining = (page: Page) => page.getByTestId('dots-left').getAttribute('data-remaining');

/** How far down the sticky header and the status bar under it reach. */
const stickyBottom = (page: Page) =>
  page.evaluate(() => {
    const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return Math.max(bottom('.app-header').bottom, bottom('.status-bar').bottom);
  });

describe('the phone with no dots left', () => {
  it('answers a tap on + in words beside it, and leads to my dots to take one back', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'E2E Budget');
    const { context, page } = await phone(day);
    await expect.poll(() => remaining(page)).toBe('1');
    const cards = page.getByTestId('proposal-card');
    const first = cards.nth(0);
    const second = cards.nth(1);
    const secondId = await second.getAttribute('data-proposal-id');
    await first.getByTestId('vote-add').click();
    await expect.poll(() => remaining(page)).toBe('0');

    // The + still takes a tap, and says why it gives nothing, where the thumb is.
    const add = second.getByTestId('vote-add');
    await expect(add.getAttribute('aria-disabled')).resolves.toBe('true');
    // Playwright's isDisabled() counts aria-disabled too: ask the element itself.
    await expect(add.evaluate((b) => (b as HTMLButtonElement).disabled)).resolves.toBe(false);
    // A finger's tap: Playwright would wait for an aria-disabled button to become enabled.
    await add.tap({ force: true });
    const hint = second.getByTestId('vote-hint');
    await expect(hint.textContent()).resolves.toContain(
      'No dots left — take one back from another session.',
    );
    await expect(hint.getAttribute('role')).resolves.toBe('status');
    await expect(second.getByTestId('my-dots').getAttribute('data-dots')).resolves.toBe('0');
    // Other cards say nothing.
    await expect(first.getByTestId('vote-hint').textContent()).resolves.toBe('');

    // The way out: the sessions holding my dots, where one can be taken back.
    await hint.getByTestId('show-my-dots').click();
    await expect
      .poll(() => page.getByRole('button', { name: 'My dots (3)' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => cards.count()).toBe(3);
    const voted = await cards.evaluateAll((els) =>
      els.map((e) => (e.querySelector('[data-testid="my-dots"]') as HTMLElement).dataset.dots),
    );
    expect(voted.every((d) => Number(d) > 0)).toBe(true);
    // The dot meter stays in sight under the header while scrolled.
    const meter = await page.getByTestId('dots-left').boundingBox();
    expect(meter!.y).toBeGreaterThanOrEqual(0);
    expect(meter!.y + meter!.height).toBeLessThanOrEqual(await stickyBottom(page));

    await cards.nth(0).getByTestId('vote-remove').click();
    await expect.poll(() => remaining(page)).toBe('1');
    await page.getByRole('button', { name: /^All/ }).click();
    const again = page.locator(`[data-proposal-id="${secondId}"]`);
    await again.getByTestId('vote-add').click();
    await expect.poll(() => again.getByTestId('my-dots').getAttribute('data-dots')).toBe('1');
    await expect(again.getByTestId('vote-hint').textContent()).resolves.toBe('');
    await context.close();
  });
});

describe('the pitch form on a phone', () => {
  it('keeps the draft through a reload, until it is sent or cancelled', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'E2E Draft');
    const { context, page } = await phone(day);
    await page.getByTestId('pitch-open').click();
    await page.getByLabel('Title').fill('Sketching on the train');
    await page.getByLabel('Description').fill('Forty minutes, one notebook.\nBring a pen.');
    await page.getByRole('radio', { name: 'Workshop' }).check();

    await page.reload();
    await page.getByTestId('pitch-form').waitFor();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Sketching on the train');
    await expect(page.getByLabel('Description').inputValue()).resolves.toBe(
      'Forty minutes, one notebook.\nBring a pen.',
    );
    await expect(page.getByRole('radio', { name: 'Workshop' }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Host(s)').inputValue()).resolves.toBe('Anna');

    // Sent: the draft is gone, and a reload shows the button again.
    await page.getByTestId('pitch-submit').click();
    await page.getByTestId('proposal-card').filter({ hasText: 'Sketching on the train' }).waitFor();
    await page.reload();
    await page.getByTestId('pitch-open').waitFor();
    await expect(page.getByTestId('pitch-form').count()).resolves.toBe(0);

    // Cancelled: gone too.
    await page.getByTestId('pitch-open').click();
    await page.getByLabel('Title').fill('Second thoughts');
    await page.getByTestId('pitch-cancel').click();
    await page.reload();
    await page.getByTestId('pitch-open').waitFor();
    await page.getByTestId('pitch-open').click();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('');
    await context.close();
  });

  it('counts characters near the shared limits, and tells a screen reader politely', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'E2E Counter');
    const { context, page } = await phone(day);
    await page.getByTestId('pitch-open').click();
    const description = page.getByLabel('Description');
    const max = PROPOSAL_LIMITS.description;
    await expect(description.getAttribute('maxlength')).resolves.toBe(String(max));
    await expect(page.getByLabel('Title').getAttribute('maxlength')).resolves.toBe(
      String(PROPOSAL_LIMITS.title),
    );
    const counter = page.getByTestId('description-count');
    const spoken = page.getByTestId('description-count-spoken');

    await description.fill('x'.repeat(1000));
    await expect(counter.count()).resolves.toBe(0);
    await expect(spoken.textContent()).resolves.toBe('');

    await description.fill('x'.repeat(1650));
    await expect(counter.textContent()).resolves.toBe(`1650/${max}`);
    await expect(spoken.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(spoken.textContent()).resolves.toBe('350 characters left');
    // Within the same step it stays quiet, while the visible count follows.
    await description.fill('x'.repeat(1700));
    await expect(counter.textContent()).resolves.toBe(`1700/${max}`);
    await expect(spoken.textContent()).resolves.toBe('350 characters left');

    // The field stops at the limit, and the counter says so.
    await description.fill('x'.repeat(max + 50));
    await expect(description.inputValue()).resolves.toHaveLength(max);
    await expect(counter.textContent()).resolves.toBe(`${max}/${max}`);
    await expect(spoken.textContent()).resolves.toBe('0 characters left');

    await page.getByLabel('Title').fill('t'.repeat(100));
    await expect(page.getByTestId('title-count').textContent()).resolves.toBe(
      `100/${PROPOSAL_LIMITS.title}`,
    );
    await context.close();
  });
});

describe('the phone through the phases', () => {
  let day: PhoneDay;
  beforeAll(async () => {
    day = await seedPhoneDay(setUp.served.api, 'E2E Phases');
  });

  it('drops the dot meter and the vote buttons once voting is closed', async () => {
    await day.setPhase('scheduling');
    const { context, page } = await phone(day);
    await page.getByTestId('proposal-card').first().waitFor();
    await expect(page.getByTestId('dots-left').count()).resolves.toBe(0);
    await expect(page.getByTestId('vote-add').count()).resolves.toBe(0);
    // My dots stay to be seen, without buttons.
    await expect(page.getByTestId('vote-closed').count()).resolves.toBe(2);
    await context.close();
  });

  it('leads with now, next and the agenda when live, the proposals folded below', async () => {
    await day.setPhase('live');
    const { context, page } = await phone(day);
    await page.getByTestId('now-next').waitFor();
    await page.getByTestId('agenda').waitFor();
    const order = await page
      .locator('main > *')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.testid ?? e.className));
    expect(order.indexOf('now-next')).toBeLessThan(order.indexOf('agenda'));
    expect(order.indexOf('agenda')).toBeLessThan(order.indexOf('proposal-archive'));
    // Now and next start in the first screenful.
    const nowNext = await page.getByTestId('now-next').boundingBox();
    expect(nowNext!.y).toBeLessThan(300);
    await expect(page.getByTestId('dots-left').count()).resolves.toBe(0);
    const archive = page.getByTestId('proposal-archive');
    await expect(archive.getAttribute('open')).resolves.toBeNull();
    await expect(page.getByTestId('proposal-card').first().isVisible()).resolves.toBe(false);

    await archive.locator('summary').click();
    await expect(archive.locator('summary').textContent()).resolves.toBe(
      'All proposed sessions (14)',
    );
    await page.getByTestId('proposal-card').first().waitFor();
    await expect(page.getByTestId('vote-add').count()).resolves.toBe(0);
    await expect(page.getByTestId('pitch-open').count()).resolves.toBe(0);
    await context.close();
  });

  it('names the connection in other words than the phase, in English and Swedish', async () => {
    // The event is English: Swedish is the viewer's own pick.
    for (const [choice, connected, live] of [
      ['EN', 'Connected', 'Live'],
      ['SV', 'Ansluten', 'Pågår'],
    ] as const) {
      const { context, page } = await phone(day);
      await page.getByRole('button', { name: choice, exact: true }).click();
      const connection = page.getByTestId('connection');
      await expect(connection.textContent()).resolves.toBe(connected);
      await expect(
        page.getByTestId('phase').locator('.phase-badge__name').textContent(),
      ).resolves.toBe(live);
      await context.close();
    }
  });

  it('keeps the sticky header and status bar within 70 px on a 360×640 phone', async () => {
    for (const phase of ['voting', 'live'] as const) {
      await day.setPhase(phase);
      const { context, page } = await phone(day, { viewport: { width: 360, height: 640 } });
      await page.getByTestId('phase').waitFor();
      if (phase === 'voting') await page.getByTestId('dots-left').waitFor();
      await page.evaluate(() => window.scrollTo(0, 600));
      expect(await stickyBottom(page), phase).toBeLessThanOrEqual(70);
      // Everything in the header still fits on one line, the event's name shortened.
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(46);
      await context.close();
    }
  });

  it('fetches the event once on load', async () => {
    await day.setPhase('live');
    const { context, page } = await phone(day);
    const network = await recordNetwork(context, page);
    await page.reload();
    await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
    await page.getByTestId('agenda').waitFor();
    await network.settled(500);
    const snapshots = network
      .entries()
      .filter(
        (e) => new URL(e.url.replace(/^ws/, 'http')).pathname === `/api/events/${day.eventId}`,
      );
    expect(snapshots).toHaveLength(1);
    await network.detach();
    await context.close();
  });
});
