/**
 * Screenshots of the client for docs/screenshots: boots the real app with the built client on
 * an in-memory database, seeds a realistic event through the API, and photographs each screen
 * on a phone (412×915) and a laptop (1280×800).
 *
 *   node --import tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { planDay } from '../shared/day-plan';
import { VENUE_DAY } from '../tests/support/event-setup';
import { ensureClientBuilt } from '../tests/e2e/build-client';
import { serveApp } from '../tests/e2e/serve';
import { launchBrowser, laptopContext, phoneContext } from '../tests/support/browser';

const OUT = 'docs/screenshots';

async function main() {
  await ensureClientBuilt();
  mkdirSync(OUT, { recursive: true });
  const served = await serveApp();
  const browser = await launchBrowser();
  const api = served.api;
  const shot = async (page: Page, name: string, fullPage = false) => {
    await page.evaluate(() => document.fonts.ready);
    // A full-page shot of a scrolled page would catch the sticky header halfway down.
    if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
    console.log(`  ${OUT}/${name}.png`);
  };

  try {
    const laptop = await laptopContext(browser);
    const phone = await phoneContext(browser);
    const desk = await laptop.newPage();
    const mobile = await phone.newPage();
    // No transitions caught halfway in a picture.
    for (const page of [desk, mobile]) await page.emulateMedia({ reducedMotion: 'reduce' });

    // Home, on both.
    await desk.goto(served.url);
    await mobile.goto(served.url);
    await shot(desk, 'laptop-home');
    await shot(mobile, 'phone-home');
    await shot(mobile, 'phone-home-full', true);

    // Create the event from the home page; the result card.
    for (const page of [mobile, desk]) {
      await page.getByTestId('event-name').fill('Knytkonferens Göteborg 2026');
      await page.getByLabel('Date').fill('2026-11-27');
      await page.getByRole('button', { name: 'Create event' }).click();
      await page.getByTestId('created-card').waitFor();
    }
    await shot(desk, 'laptop-created');
    await shot(mobile, 'phone-created', true);

    const adminLink = new URL(await desk.getByTestId('admin-link').inputValue());
    const eventId = adminLink.pathname.split('/').pop()!;
    const adminToken = adminLink.hash.slice(1);
    const joinCode = (await desk.getByTestId('join-code').textContent())!.trim();

    // Rooms and a generated day, as a facilitator would set them up.
    for (const room of [
      { name: 'Biblioteket', capacity: 40, notes: 'Projector' },
      { name: 'Verkstaden', capacity: 16, notes: 'Whiteboards, accessible' },
      { name: 'Glasrummet', capacity: 10 },
      { name: 'Stora salen', capacity: 120, notes: 'Microphones' },
    ]) {
      await api('POST', `/api/events/${eventId}/rooms`, adminToken, room);
    }
    const plan = planDay(VENUE_DAY);
    if (!plan.ok) throw new Error(plan.reason);
    await api('POST', `/api/events/${eventId}/slots/batch`, adminToken, { slots: plan.slots });

    // Other participants pitch and vote.
    const people = ['Erik', 'Sara', 'Jonas', 'Maja', 'Ali', 'Lena'];
    const tokens: string[] = [];
    for (const name of people) {
      const joined = await api<{ token: string }>('POST', '/api/join', undefined, {
        joinCode,
        name,
      });
      tokens.push(joined.token);
    }
    const pitches = [
      {
        title: 'Kanban for small teams: what actually works',
        description:
          'Three years of sticky notes, two failed tools and one board that stuck. Bring your own war stories; we compare what made the difference.',
        format: 'discussion',
      },
      {
        title: 'Accessible forms in an afternoon',
        description:
          'Hands-on: we take a real sign-up form and make it work with a screen reader, a keyboard and a phone. Bring a laptop.',
        format: 'workshop',
      },
      {
        title: 'Lightning demos',
        description: 'Five minutes each, anything you built this year. Sign up on the whiteboard.',
        format: 'demo',
      },
      {
        title: 'Why our on-call rota finally feels fair',
        description:
          'A short talk about how we moved from heroics to a rota people do not dread, and what the data said before and after. Then questions. We will cover the alerting rules we deleted, the ones we kept, how we pay for nights, and what we would do differently if we started again tomorrow.',
        format: 'talk',
      },
      {
        title: 'Open Space: what should next year look like?',
        description: '',
        format: 'other',
      },
    ] as const;
    const ids: string[] = [];
    for (const [i, pitch] of pitches.entries()) {
      const { proposal } = await api<{ proposal: { id: string } }>(
        'POST',
        `/api/events/${eventId}/proposals`,
        tokens[i % tokens.length],
        pitch,
      );
      ids.push(proposal.id);
    }
    const ballots = [
      [3, 1, 1],
      [2, 2, 0, 1],
      [1, 0, 2, 2],
      [0, 3, 0, 0, 2],
      [2, 1, 1, 1],
      [0, 2, 3],
    ];
    for (const [p, row] of ballots.entries()) {
      for (const [i, dots] of row.entries()) {
        if (dots > 0) {
          await api('PUT', `/api/events/${eventId}/proposals/${ids[i]}/vote`, tokens[p], { dots });
        }
      }
    }

    // The phone joins by link, pitches and votes.
    await mobile.goto(`${served.url}/join/${joinCode}`);
    await mobile.getByTestId('join-event-name').waitFor();
    await mobile.getByLabel('Your name (optional)').fill('Anna');
    await shot(mobile, 'phone-join');
    await mobile.getByTestId('join-submit').click();
    await mobile.getByTestId('dots-left').waitFor();
    await mobile.getByTestId('connection').and(mobile.locator('[data-status="live"]')).waitFor();

    await mobile.getByTestId('pitch-open').click();
    await mobile.getByLabel('Title').fill('Pair programming with a screen reader');
    await mobile
      .getByLabel('Description')
      .fill('I use one every day. Come and try it for an hour: it changes how you write UI.');
    await mobile.getByRole('radio', { name: 'Workshop' }).check();
    await shot(mobile, 'phone-pitch');
    await mobile.getByTestId('pitch-submit').click();
    await mobile.getByTestId('pitch-form').waitFor({ state: 'detached' });

    const cards = mobile.getByTestId('proposal-card');
    await cards.nth(0).getByTestId('vote-add').click();
    await cards.nth(2).getByTestId('vote-add').click();
    await cards.nth(2).getByTestId('vote-add').click();
    await mobile.getByTestId('dots-left').and(mobile.locator('[data-remaining="2"]')).waitFor();
    await mobile.getByTestId('toast').first().waitFor({ state: 'detached', timeout: 10_000 });
    await mobile.evaluate(() => window.scrollTo(0, 0));
    await shot(mobile, 'phone-proposals');
    await mobile.getByRole('button', { name: 'Most dots' }).click();
    await shot(mobile, 'phone-proposals-full', true);
    await mobile.setViewportSize({ width: 360, height: 780 });
    await mobile.evaluate(() => window.scrollTo(0, 0));
    await shot(mobile, 'phone-360-proposals');
    await mobile.setViewportSize({ width: 412, height: 915 });
    await mobile.getByRole('button', { name: 'SV', exact: true }).click();
    await mobile.evaluate(() => window.scrollTo(0, 0));
    await shot(mobile, 'phone-proposals-sv');
    await mobile.getByRole('button', { name: 'EN', exact: true }).click();

    // The facilitator's desk, on a laptop and on a phone.
    await desk.goto(`${served.url}/admin/${eventId}#${adminToken}`);
    await desk.getByTestId('admin-proposals').waitFor();
    await desk.getByTestId('slot-row').first().waitFor();
    await shot(desk, 'facilitator');
    await shot(desk, 'facilitator-full', true);
    await desk.locator('summary', { hasText: 'Generate a day' }).click();
    await desk.getByTestId('slot-generator').scrollIntoViewIfNeeded();
    await shot(desk, 'facilitator-generator');

    const adminPhone = await phone.newPage();
    await adminPhone.emulateMedia({ reducedMotion: 'reduce' });
    await adminPhone.goto(`${served.url}/admin/${eventId}#${adminToken}`);
    await adminPhone.getByTestId('admin-proposals').waitFor();
    await shot(adminPhone, 'phone-facilitator');
    await shot(adminPhone, 'phone-facilitator-full', true);
    // Element shots scroll; a sticky header would land on top of them. (Through the CSSOM: the
    // app's Content-Security-Policy refuses an inline style sheet.)
    await adminPhone.evaluate(() => {
      for (const header of document.querySelectorAll<HTMLElement>('.app-header')) {
        header.style.setProperty('position', 'static', 'important');
      }
    });
    await adminPhone.getByTestId('rooms-section').screenshot({ path: `${OUT}/phone-rooms.png` });
    await adminPhone.getByTestId('slots-section').screenshot({ path: `${OUT}/phone-slots.png` });

    // The participant view on a laptop, and the projector.
    const laptopGuest = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const guest = await laptopGuest.newPage();
    await guest.goto(`${served.url}/join/${joinCode}`);
    await guest.getByTestId('join-submit').click();
    await guest.getByTestId('proposal-card').first().waitFor();
    await shot(guest, 'laptop-proposals');
    await guest.goto(`${served.url}/screen/${joinCode}`);
    await guest.getByTestId('leaderboard-item').first().waitFor();
    await shot(guest, 'laptop-screen');
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
