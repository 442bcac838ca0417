import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenContext } from '../support/browser';
import { auditTexts, unreadable } from '../support/projector-audit';
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

/** 10:05 in Stockholm: the second session slot of the seeded day is running. */
const NOW = '2026-11-27T09:05:00Z';

const api = <T = Record<string, unknown>>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) => served.api<T>(method, path, token, body);

interface Seeded {
  eventId: string;
  joinCode: string;
  admin: string;
  rooms: string[];
  /** Session slots only, in time order. */
  slots: string[];
  /** proposal id → title, for everything placed. */
  placed: Map<string, string>;
  /** [proposal id, slot index, room index] of each placement. */
  cells: [string, number, number][];
}

const LONG_TITLES = [
  'Hur vi byggde en tillgänglighetsrevision som faktiskt används av hela organisationen',
  'Observability on a shoestring budget: logs, metrics and traces without a vendor',
  'Kodgranskning som lärande, inte grindvakt – erfarenheter från tre team',
  'What we learned from killing our microservices and going back to a modular monolith',
];

/**
 * An event in the live phase through the API: `rooms` × `sessions` slots from 09:00 Stockholm,
 * 45 minutes each with 15 between, a lunch after the third, and a session in every cell.
 */
async function seedLive(opts: { rooms: number; sessions: number; long?: boolean }) {
  const { event, adminToken: admin } = await api<{
    event: { id: string; joinCode: string };
    adminToken: string;
  }>('POST', '/api/events', undefined, {
    name: 'E2E Projektordag',
    date: '2026-11-27',
    timezone: 'Europe/Stockholm',
    language: 'en',
  });
  const ev = `/api/events/${event.id}`;
  const rooms: string[] = [];
  for (let r = 0; r < opts.rooms; r++) {
    const { room } = await api<{ room: { id: string } }>('POST', `${ev}/rooms`, admin, {
      name: `Rum ${r + 1}`,
      capacity: 30,
    });
    rooms.push(room.id);
  }
  const iso = (minutes: number) => new Date(Date.parse('2026-11-27T08:00:00Z') + minutes * 60_000);
  const batch = [];
  for (let s = 0, t = 0; s < opts.sessions; s++, t += 60) {
    batch.push({ startsAt: iso(t).toISOString(), endsAt: iso(t + 45).toISOString() });
    if (s === 2) {
      batch.push({
        startsAt: iso(t + 45).toISOString(),
        endsAt: iso(t + 60).toISOString(),
        kind: 'break',
        label: 'Fika',
      });
    }
  }
  const created = await api<{ slots: { id: string; kind: string }[] }>(
    'POST',
    `${ev}/slots/batch`,
    admin,
    { slots: batch },
  );
  const slots = created.slots.filter((s) => s.kind === 'session').map((s) => s.id);
  const placed = new Map<string, string>();
  const cells: [string, number, number][] = [];
  for (let s = 0; s < slots.length; s++) {
    for (let r = 0; r < rooms.length; r++) {
      const title = opts.long
        ? `${LONG_TITLES[(s + r) % LONG_TITLES.length]} (${s}-${r})`
        : `Session ${String.fromCharCode(65 + s)}${r + 1}: notes from room ${r + 1}`;
      const { proposal } = await api<{ proposal: { id: string } }>(
        'POST',
        `${ev}/proposals`,
        admin,
        { title, hosts: [`Host ${s}${r}`, 'Anna Berg'] },
      );
      await api('PUT', `${ev}/placements/${proposal.id}`, admin, {
        roomId: rooms[r],
        slotId: slots[s],
      });
      placed.set(proposal.id, title);
      cells.push([proposal.id, s, r]);
    }
  }
  await api('PATCH', ev, admin, { phase: 'live' });
  return { eventId: event.id, joinCode: event.joinCode, admin, rooms, slots, placed, cells };
}

async function openScreen(joinCode: string, viewport: { width: number; height: number }) {
  const page = await (await screenContext(browser, viewport)).newPage();
  await page.goto(`${served.url}/screen/${joinCode}?now=${NOW}`);
  return page;
}

/** How the grid sits in the viewport, measured in the page after the type has been fitted. */
function gridMetrics(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const grid = document.querySelector<HTMLElement>('[data-testid="screen-grid"]')!;
    const g = grid.getBoundingClientRect();
    const cells = [...grid.querySelectorAll<HTMLElement>('[data-testid="screen-cell"]')];
    const inside = (r: DOMRect) =>
      r.top >= g.top - 1 &&
      r.bottom <= g.bottom + 1 &&
      r.left >= g.left - 1 &&
      r.right <= g.right + 1;
    const title = cells[0]?.querySelector<HTMLElement>('.screen-cell__title');
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      gridBottom: g.bottom,
      cells: cells.length,
      cellsInside: cells.filter((c) => inside(c.getBoundingClientRect())).length,
      // Nothing spills out of its cell.
      overflowing: cells.filter((c) => c.scrollHeight > c.clientHeight + 1).length,
      titleSize: title ? parseFloat(getComputedStyle(title).fontSize) : 0,
      titles: Object.fromEntries(
        cells.map((c) => [
          c.dataset.proposalId,
          c.querySelector<HTMLElement>('.screen-cell__title')!.textContent,
        ]),
      ),
    };
  });
}

describe('projector view', () => {
  let day: Seeded;
  beforeAll(async () => {
    day = await seedLive({ rooms: 4, sessions: 5 });
  });

  it('fills a 1080p screen with the day in large type, the past folded, now and next in words', async () => {
    const page = await openScreen(day.joinCode, { width: 1920, height: 1080 });
    await page.getByTestId('screen-grid').waitFor();
    // The first slot is over: it folds into one line, and its four sessions leave the wall.
    const shown = [...day.cells].filter(([, s]) => s > 0);
    await expect.poll(() => page.getByTestId('screen-cell').count()).toBe(shown.length);
    await expect(page.getByTestId('screen-earlier').textContent()).resolves.toContain(
      'Earlier today: 1 slot, 09:00–09:45',
    );

    const m = await gridMetrics(page);
    expect(m.scrollHeight).toBeLessThanOrEqual(m.innerHeight);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
    expect(m.cellsInside).toBe(shown.length);
    expect(m.overflowing).toBe(0);
    expect(m.titleSize).toBeGreaterThanOrEqual(24);
    // Every title on show, whole, in the cell of its proposal; four rooms need no pages.
    for (const [id] of shown) expect(m.titles[id]).toBe(day.placed.get(id));
    await expect(page.getByTestId('screen-pages').count()).resolves.toBe(0);

    // 10:05 in Stockholm: the second slot runs, the third is next.
    const tense = (i: number) =>
      page.locator(`[data-slot-id="${day.slots[i]}"][role="row"]`).getAttribute('data-tense');
    await expect(page.locator(`[data-slot-id="${day.slots[0]}"]`).count()).resolves.toBe(0);
    await expect(tense(1)).resolves.toBe('now');
    await expect(tense(2)).resolves.toBe('next');
    await expect(tense(3)).resolves.toBe('later');
    await expect(page.getByTestId('screen-now').textContent()).resolves.toBe('Now');
    await expect(page.getByTestId('screen-next').textContent()).resolves.toBe('Next');
    await expect(page.getByTestId('screen-break').textContent()).resolves.toContain('Fika');

    // The clock on the event's wall clock, and the way in.
    await expect(page.getByTestId('screen-clock').textContent()).resolves.toBe('10:05');
    await expect(page.getByTestId('screen-join-code').textContent()).resolves.toBe(day.joinCode);
    await page.getByTestId('qr').waitFor();
    const qr = await page.getByTestId('qr').boundingBox();
    expect(qr!.width).toBeGreaterThanOrEqual(140);
    await page.context().close();
  });

  it('shows a moved session in its new cell within a second, with a glow', async () => {
    const page = await openScreen(day.joinCode, { width: 1920, height: 1080 });
    const [id] = day.cells.find(([, s, r]) => s === 2 && r === 0)!;
    const cell = page.locator(`[data-testid="screen-cell"][data-proposal-id="${id}"]`);
    await expect(cell.getAttribute('data-slot-id')).resolves.toBe(day.slots[2]);
    await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
    // Let the first paint settle: only changes after it glow.
    await page.waitForTimeout(1200);

    const started = Date.now();
    // Swap with the session in the last slot's first room.
    await api('PUT', `/api/events/${day.eventId}/placements/${id}`, day.admin, {
      roomId: day.rooms[0],
      slotId: day.slots[4],
      swap: true,
    });
    await page
      .locator(
        `[data-testid="screen-cell"][data-proposal-id="${id}"][data-slot-id="${day.slots[4]}"]`,
      )
      .waitFor({ timeout: 1000 });
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(cell.getAttribute('class')).resolves.toContain('is-fresh');
    // The swapped session went the other way.
    const other = day.cells.find(([, s, r]) => s === 4 && r === 0)![0];
    await expect(
      page
        .locator(`[data-testid="screen-cell"][data-proposal-id="${other}"]`)
        .getAttribute('data-slot-id'),
    ).resolves.toBe(day.slots[2]);
    await page.context().close();
  });

  it('fits 12 rooms × 10 slots of long titles without scrolling, from 720p to 4K, a page at a time', async () => {
    const big = await seedLive({ rooms: 12, sessions: 10, long: true });
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ]) {
      const page = await openScreen(big.joinCode, viewport);
      await page.getByTestId('screen-cell').first().waitFor();
      const m = await gridMetrics(page);
      const label = `${viewport.width}`;
      expect(m.scrollHeight, label).toBeLessThanOrEqual(m.innerHeight);
      expect(m.scrollWidth, label).toBeLessThanOrEqual(m.innerWidth);
      expect(m.gridBottom, label).toBeLessThanOrEqual(m.innerHeight);
      expect(m.cellsInside, label).toBe(m.cells);
      expect(m.overflowing, label).toBe(0);
      // 24 px at 1080p and the same share of the screen at other sizes, never under 20 px.
      const floor = Math.max(20, (24 / 1080) * viewport.height);
      expect(unreadable(await auditTexts(page, '.screen-cell__title'), floor), label).toEqual([]);
      await expect(page.getByTestId('screen-pages').textContent()).resolves.toMatch(/of 12/);
      await page.context().close();
    }
  });
});

describe('projector before the agenda is published', () => {
  it('ranks proposals by dots, and under blind voting shows titles only, newest first', async () => {
    const { event, adminToken: admin } = await api<{
      event: { id: string; joinCode: string };
      adminToken: string;
    }>('POST', '/api/events', undefined, {
      name: 'E2E Marknad',
      language: 'en',
      dotsPerParticipant: 10,
      maxDotsPerProposal: 5,
    });
    const ev = `/api/events/${event.id}`;
    const titles = ['Alpha talk', 'Beta workshop', 'Gamma discussion', 'Delta demo'];
    const ids: string[] = [];
    for (const title of titles) {
      const { proposal } = await api<{ proposal: { id: string } }>(
        'POST',
        `${ev}/proposals`,
        admin,
        { title },
      );
      ids.push(proposal.id);
    }
    const { token } = await api<{ token: string }>('POST', '/api/join', undefined, {
      joinCode: event.joinCode,
    });
    // Gamma 3, Alpha 2, Delta 0, Beta 0: ties keep the order of pitching.
    await api('PUT', `${ev}/proposals/${ids[2]}/vote`, token, { dots: 3 });
    await api('PUT', `${ev}/proposals/${ids[0]}/vote`, token, { dots: 2 });

    const page = await openScreen(event.joinCode, { width: 1920, height: 1080 });
    const items = page.getByTestId('leaderboard-item');
    await expect.poll(() => items.count()).toBe(4);
    const order = () => items.evaluateAll((els) => els.map((e) => e.dataset.proposalId));
    await expect(order()).resolves.toEqual([ids[2], ids[0], ids[1], ids[3]]);
    // The two without dots share third place, and both say so.
    const ranks = () => page.getByTestId('leaderboard-rank').allTextContents();
    await expect(ranks()).resolves.toEqual(['1', '2', '=3', '=3']);
    await expect(page.getByTestId('leaderboard-dots').first().textContent()).resolves.toContain(
      '3',
    );
    await expect(page.getByTestId('screen-join-code').textContent()).resolves.toBe(event.joinCode);

    // A vote moves the board at once.
    await api('PUT', `${ev}/proposals/${ids[3]}/vote`, token, { dots: 4 });
    await expect.poll(order).toEqual([ids[3], ids[2], ids[0], ids[1]]);
    await expect(ranks()).resolves.toEqual(['1', '2', '3', '4']);

    await api('PATCH', ev, admin, { phase: 'voting', blindVoting: true });
    await page.locator('[data-testid="screen-leaderboard"][data-blind="true"]').waitFor();
    await expect.poll(order).toEqual([...ids].reverse());
    await expect(page.getByTestId('leaderboard-dots').count()).resolves.toBe(0);
    const shown = await items.allTextContents();
    expect(shown).toEqual([...titles].reverse());
    expect(shown.join(' ')).not.toMatch(/\d/);

    // Scheduling: a calm screen, still with the way in.
    await api('PATCH', ev, admin, { phase: 'scheduling' });
    await page.getByTestId('screen-building').waitFor();
    await expect(page.getByTestId('screen-building').textContent()).resolves.toContain(
      'The agenda is being built',
    );
    await page.getByTestId('qr').waitFor();
    const m = await page.evaluate(() => [
      document.documentElement.scrollHeight,
      window.innerHeight,
    ]);
    expect(m[0]).toBeLessThanOrEqual(m[1]!);
    await page.context().close();
  });

  it('says so for an unknown join code', async () => {
    const page = await openScreen('ZZZZZZ', { width: 1280, height: 720 });
    await page.getByText('No event has the code ZZZZZZ').waitFor();
    await page.context().close();
  });
});
