/**
 * Screenshots of the facilitator's schedule grid for docs/screenshots: boots the real app with
 * the built client on an in-memory database, seeds an event with votes and a half-built grid
 * through the API, and photographs it on a laptop, a tablet, in the middle of a drag, and with
 * the confirmation that publishing the agenda asks for.
 *
 *   node --import tsx scripts/screenshots-grid.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { planDay } from '../shared/day-plan';
import { VENUE_DAY } from '../tests/support/event-setup';
import { ensureClientBuilt } from '../tests/e2e/build-client';
import { serveApp } from '../tests/e2e/serve';
import { launchBrowser } from '../tests/support/browser';

const OUT = 'docs/screenshots';

const ROOMS = [
  { name: 'Biblioteket', capacity: 40, notes: 'Projector' },
  { name: 'Verkstaden', capacity: 16, notes: 'Whiteboards, accessible' },
  { name: 'Glasrummet', capacity: 8 },
  { name: 'Stora salen', capacity: 120, notes: 'Microphones' },
];

const PITCHES: { title: string; hosts: string[]; format: string }[] = [
  { title: 'Kanban for small teams: what actually works', hosts: ['Erik'], format: 'discussion' },
  { title: 'Accessible forms in an afternoon', hosts: ['Sara', 'Ali'], format: 'workshop' },
  { title: 'Lightning demos', hosts: ['Jonas'], format: 'demo' },
  { title: 'Why our on-call rota finally feels fair', hosts: ['Maja'], format: 'talk' },
  { title: 'Open Space: what should next year look like?', hosts: ['Lena'], format: 'other' },
  { title: 'Local-first apps with CRDTs', hosts: ['Ada Lindqvist'], format: 'talk' },
  { title: 'Sync engines compared: a hands-on tour', hosts: ['Ada Lindqvist'], format: 'workshop' },
  { title: 'Running a public-sector design system', hosts: ['Noor'], format: 'discussion' },
  { title: 'Pair programming with a screen reader', hosts: ['Anna'], format: 'workshop' },
  { title: 'Burnout, boundaries and on-call', hosts: ['Maja', 'Erik'], format: 'discussion' },
  { title: 'Type-safe SQL without an ORM', hosts: ['Jonas'], format: 'talk' },
  { title: 'Teaching kids to code with micro:bit', hosts: ['Sara'], format: 'workshop' },
  { title: 'What we learned shipping offline maps', hosts: ['Ali'], format: 'talk' },
  { title: 'Coffee-fuelled retro of the year', hosts: [], format: 'other' },
];

async function main() {
  await ensureClientBuilt();
  mkdirSync(OUT, { recursive: true });
  const served = await serveApp();
  const browser = await launchBrowser();
  const api = served.api;
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`  ${OUT}/${name}.png`);
  };
  const context = (width: number, height: number, touch = false): Promise<BrowserContext> =>
    browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: 1,
      hasTouch: touch,
      isMobile: touch,
      locale: 'en-GB',
      timezoneId: 'Europe/Stockholm',
    });

  try {
    const { event, adminToken } = await api<{
      event: { id: string; joinCode: string };
      adminToken: string;
    }>('POST', '/api/events', undefined, {
      name: 'Knytkonferens Göteborg 2026',
      date: '2026-11-27',
      language: 'en',
      dotsPerParticipant: 5,
    });
    const ev = `/api/events/${event.id}`;
    const rooms: string[] = [];
    for (const room of ROOMS) {
      rooms.push(
        (await api<{ room: { id: string } }>('POST', `${ev}/rooms`, adminToken, room)).room.id,
      );
    }
    const plan = planDay({ ...VENUE_DAY, lunchLabel: 'Lunch' });
    if (!plan.ok) throw new Error(plan.reason);
    const { slots } = await api<{ slots: { id: string; kind: string }[] }>(
      'POST',
      `${ev}/slots/batch`,
      adminToken,
      { slots: plan.slots },
    );
    const sessionSlots = slots.filter((s) => s.kind === 'session').map((s) => s.id);

    const ids: string[] = [];
    for (const p of PITCHES) {
      const { proposal } = await api<{ proposal: { id: string } }>(
        'POST',
        `${ev}/proposals`,
        adminToken,
        p,
      );
      ids.push(proposal.id);
    }
    // 30 people, each with 5 dots on three favourites; some sessions draw far more people.
    const popularity = [9, 8, 7, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let person = 0; person < 30; person++) {
      const { token } = await api<{ token: string }>('POST', '/api/join', undefined, {
        joinCode: event.joinCode,
        name: `Guest ${person + 1}`,
      });
      const picked = new Set<number>();
      while (picked.size < 3) {
        let r = random() * popularity.reduce((a, b) => a + b, 0);
        const i = popularity.findIndex((w) => (r -= w) < 0);
        picked.add(i === -1 ? 0 : i);
      }
      for (const [n, i] of [...picked].entries()) {
        await api('PUT', `${ev}/proposals/${ids[i]}/vote`, token, { dots: n < 2 ? 2 : 1 });
      }
    }
    await api('PATCH', ev, adminToken, { phase: 'scheduling' });

    const place = (i: number, room: number, slot: number, pinned?: boolean) =>
      api('PUT', `${ev}/placements/${ids[i]}`, adminToken, {
        roomId: rooms[room],
        slotId: sessionSlots[slot],
        ...(pinned ? { pinned } : {}),
      });
    await place(4, 3, 0, true); // Open Space in the big hall, pinned
    await place(0, 0, 0);
    await place(1, 1, 0);
    await place(5, 0, 1); // Ada …
    await place(6, 1, 1); // … and Ada again: a host clash
    await place(2, 2, 1); // Popular demos in the smallest room: over capacity
    await place(3, 3, 1);
    await place(7, 0, 2);
    await place(9, 1, 2);

    const open = async (page: Page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${served.url}/admin/${event.id}/grid#${adminToken}`);
      await page.getByTestId('grid-cell').first().waitFor();
      await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
    };

    const laptop = await (await context(1280, 800)).newPage();
    await open(laptop);
    await shot(laptop, 'grid-laptop');
    await shot(laptop, 'grid-publish');

    // What publishing will show participants, asked before anything changes.
    await laptop.getByTestId('publish-toggle').click();
    await laptop.getByTestId('phase-dialog').waitFor();
    await shot(laptop, 'grid-publish-confirm');
    await laptop.keyboard.press('Escape');
    await laptop.getByTestId('phase-dialog').waitFor({ state: 'detached' });

    const wide = await (await context(1440, 900)).newPage();
    await open(wide);
    await shot(wide, 'grid-laptop-1440');

    const tablet = await (await context(1024, 768, true)).newPage();
    await open(tablet);
    await shot(tablet, 'grid-tablet');

    const portrait = await (await context(768, 1024, true)).newPage();
    await open(portrait);
    await shot(portrait, 'grid-tablet-portrait');

    // Mid-drag: Sara's second session held over the slot where she already hosts one.
    const from = laptop.getByTestId('unplaced-card').filter({ hasText: 'Teaching kids' });
    const to = laptop.locator(
      `[data-testid="grid-cell"][data-room-id="${rooms[2]}"][data-slot-id="${sessionSlots[0]}"]`,
    );
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await laptop.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await laptop.mouse.down();
    await laptop.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await laptop.getByTestId('drop-preview').waitFor();
    await shot(laptop, 'grid-dragging');
    await laptop.mouse.up();

    // The keyboard path: a selected session and the cells that can take it.
    await laptop.getByTestId('unplaced-card').first().focus();
    await laptop.keyboard.press('Enter');
    await laptop.getByTestId('cell-pick').first().waitFor();
    await shot(laptop, 'grid-picking');
    await laptop.keyboard.press('Escape');

    await laptop.getByRole('button', { name: 'SV', exact: true }).click();
    await shot(laptop, 'grid-laptop-sv');
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
