import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, laptopContext, newContext, phoneContext } from '../support/browser';
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

const api = <T = Record<string, unknown>>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) => served.api<T>(method, path, token, body);

/**
 * An event set up through the API: two rooms (one tiny), two session slots, a lunch break and a
 * last slot, four proposals (Ada hosts two), votes from three people, in the given phase.
 */
async function seedEvent(phase: 'scheduling' | 'live') {
  const { event, adminToken } = await api<{
    event: { id: string; joinCode: string };
    adminToken: string;
  }>('POST', '/api/events', undefined, { name: 'E2E Grid', date: '2026-11-27', language: 'en' });
  const ev = `/api/events/${event.id}`;
  const room = async (name: string, capacity: number) =>
    (await api<{ room: { id: string } }>('POST', `${ev}/rooms`, adminToken, { name, capacity }))
      .room.id;
  const aula = await room('Aula', 40);
  const lilla = await room('Lilla', 2);
  const { slots } = await api<{ slots: { id: string }[] }>(
    'POST',
    `${ev}/slots/batch`,
    adminToken,
    {
      slots: [
        { startsAt: '2026-11-27T08:00:00Z', endsAt: '2026-11-27T08:45:00Z' },
        { startsAt: '2026-11-27T09:00:00Z', endsAt: '2026-11-27T09:45:00Z' },
        { startsAt: '2026-11-27T11:00:00Z', endsAt: '2026-11-27T12:00:00Z', kind: 'break' },
        { startsAt: '2026-11-27T12:00:00Z', endsAt: '2026-11-27T12:45:00Z' },
      ],
    },
  );
  const pitch = async (title: string, hosts: string[]) =>
    (
      await api<{ proposal: { id: string } }>('POST', `${ev}/proposals`, adminToken, {
        title,
        hosts,
      })
    ).proposal.id;
  const ids = {
    local: await pitch('Local-first software', ['Ada']),
    crdt: await pitch('CRDTs in practice', ['Ada']),
    solid: await pitch('Solid.js signals', ['Bo']),
    coffee: await pitch('Coffee and code', ['Cy']),
  };
  const votes: [string, Partial<Record<keyof typeof ids, number>>][] = [
    ['Ada', { local: 2, solid: 1 }],
    ['Bo', { local: 1, crdt: 1 }],
    ['Cy', { local: 1, solid: 2 }],
  ];
  for (const [name, dots] of votes) {
    const { token } = await api<{ token: string }>('POST', '/api/join', undefined, {
      joinCode: event.joinCode,
      name,
    });
    for (const [key, n] of Object.entries(dots)) {
      await api('PUT', `${ev}/proposals/${ids[key as keyof typeof ids]}/vote`, token, { dots: n });
    }
  }
  await api('PATCH', ev, adminToken, { phase });
  const place = (proposalId: string, roomId: string, slotId: string) =>
    api('PUT', `${ev}/placements/${proposalId}`, adminToken, { roomId, slotId });
  return {
    eventId: event.id,
    joinCode: event.joinCode,
    adminToken,
    rooms: { aula, lilla },
    slots: { first: slots[0]!.id, second: slots[1]!.id, lunch: slots[2]!.id },
    ids,
    place,
  };
}

type Seeded = Awaited<ReturnType<typeof seedEvent>>;

async function openGrid(page: Page, seeded: Seeded) {
  await page.goto(`${served.url}/admin/${seeded.eventId}/grid#${seeded.adminToken}`);
  await page.getByTestId('grid-cell').first().waitFor();
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
}

const cellOf = (page: Page, roomId: string, slotId: string) =>
  page.locator(`[data-testid="grid-cell"][data-room-id="${roomId}"][data-slot-id="${slotId}"]`);
const listCard = (page: Page, proposalId: string) =>
  page.locator(`[data-testid="unplaced-card"][data-proposal-id="${proposalId}"]`);
const occupantOf = (cell: Locator) => () => cell.getAttribute('data-proposal-id');

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real mouse drag: press, move in steps, (look around,) release. */
async function mouseDrag(page: Page, from: Locator, to: Locator, whileHeld?: () => Promise<void>) {
  const a = await centre(from);
  const b = await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 12 });
  await whileHeld?.();
  await page.mouse.up();
}

describe('the schedule grid in a real browser', () => {
  it('places a session with the mouse, and the projector and a phone show it within a second', async () => {
    const seeded = await seedEvent('live');
    const { ids, rooms, slots } = seeded;
    const desk = await (await laptopContext(browser)).newPage();
    await openGrid(desk, seeded);
    // The token left the address bar once stored.
    expect(new URL(desk.url()).hash).toBe('');

    const projectorContext = await newContext(browser, {
      viewport: { width: 1920, height: 1080 },
      deviceScaleFactor: 1,
      locale: 'en-GB',
    });
    const projector = await projectorContext.newPage();
    await projector.goto(`${served.url}/screen/${seeded.joinCode}`);
    await projector.locator('[data-testid="connection"][data-status="live"]').waitFor();

    const phone = await (await phoneContext(browser)).newPage();
    await phone.goto(`${served.url}/join/${seeded.joinCode}`);
    await phone.getByTestId('join-submit').click();
    await phone.waitForURL(/\/e\/[^/]+$/);
    await phone.locator('[data-testid="connection"][data-status="live"]').waitFor();

    // The list is sorted by dots, most first, and shows hosts and dots.
    const first = desk.getByTestId('unplaced-card').first();
    await expect(first.getAttribute('data-proposal-id')).resolves.toBe(ids.local);
    await expect(first.textContent()).resolves.toContain('Ada');

    const target = cellOf(desk, rooms.aula, slots.first);
    const onScreen = projector
      .locator(`[data-testid="screen-cell"][data-proposal-id="${ids.local}"]`)
      .filter({ hasText: 'Local-first software' });
    const onPhone = phone
      .locator(`[data-testid="agenda-item"][data-proposal-id="${ids.local}"]`)
      .filter({ hasText: 'Local-first software' });
    await mouseDrag(desk, listCard(desk, ids.local), target);
    // Within a second of the release, on every screen.
    await Promise.all([
      onScreen.waitFor({ timeout: 1000 }),
      onPhone.waitFor({ timeout: 1000 }),
      expect.poll(occupantOf(target), { timeout: 1000 }).toBe(ids.local),
    ]);
    await expect(target.textContent()).resolves.toContain('Local-first software');

    // A move by another facilitator shows up on this grid by itself.
    await seeded.place(ids.solid, rooms.lilla, slots.second);
    await expect
      .poll(occupantOf(cellOf(desk, rooms.lilla, slots.second)), { timeout: 1000 })
      .toBe(ids.solid);
  });

  it('warns about a host clash before and after the drop, in words, and has a keyboard path', async () => {
    const seeded = await seedEvent('scheduling');
    const { ids, rooms, slots } = seeded;
    await seeded.place(ids.local, rooms.aula, slots.first);
    const desk = await (await laptopContext(browser)).newPage();
    await openGrid(desk, seeded);
    await expect(desk.getByTestId('warning-count').getAttribute('data-count')).resolves.toBe('0');

    // Held over the free cell beside Ada's other session: the cell says what would happen.
    const beside = cellOf(desk, rooms.lilla, slots.first);
    await mouseDrag(desk, listCard(desk, ids.crdt), beside, async () => {
      await expect
        .poll(() => beside.getByTestId('preview-warning').allTextContents())
        .toContain('Host in two places: Ada');
      // Escape drops nothing.
      await desk.keyboard.press('Escape');
    });
    await expect(beside.getAttribute('data-proposal-id')).resolves.toBeNull();
    await expect(listCard(desk, ids.crdt).count()).resolves.toBe(1);

    // Break rows take nothing: they have no cells.
    await expect(desk.getByTestId('grid-break').textContent()).resolves.toContain('Break');
    await expect(cellOf(desk, rooms.aula, slots.lunch).count()).resolves.toBe(0);

    // Keyboard: Enter picks the session up, focus moves to a cell, Enter there places it.
    await listCard(desk, ids.crdt).focus();
    await desk.keyboard.press('Enter');
    await desk.getByTestId('selection-bar').waitFor();
    await expect
      .poll(() => desk.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('cell-pick');
    await beside.getByTestId('cell-pick').focus();
    await expect
      .poll(() => beside.getByTestId('preview-warning').allTextContents())
      .toContain('Host in two places: Ada');
    await desk.keyboard.press('Enter');
    await expect.poll(occupantOf(beside)).toBe(ids.crdt);
    await desk.getByTestId('selection-bar').waitFor({ state: 'detached' });

    // Both sessions now carry the warning as text, and the toolbar counts it.
    for (const cell of [beside, cellOf(desk, rooms.aula, slots.first)]) {
      await expect
        .poll(() => cell.getByTestId('warning-badge').allTextContents())
        .toContain('Host in two places: Ada');
    }
    // Only Bo voted on both, too few to count as shared voters: the clash is all…
    await expect.poll(() => desk.getByTestId('warning-count').getAttribute('data-count')).toBe('1');
    // …until "Local-first" moves into the two-seat room.
    await mouseDrag(
      desk,
      desk.getByTestId('placed-card').filter({ hasText: 'Local-first' }),
      cellOf(desk, rooms.lilla, slots.second),
    );
    await expect
      .poll(() =>
        cellOf(desk, rooms.lilla, slots.second).getByTestId('warning-badge').allTextContents(),
      )
      .toContain('3 voters, 2 seats');

    // Escape cancels a keyboard selection.
    await listCard(desk, ids.solid).focus();
    await desk.keyboard.press('Enter');
    await desk.getByTestId('selection-bar').waitFor();
    await desk.keyboard.press('Escape');
    await desk.getByTestId('selection-bar').waitFor({ state: 'detached' });
  });

  it('swaps on a taken cell, undoes and redoes by button and keyboard, pins and unplaces', async () => {
    const seeded = await seedEvent('scheduling');
    const { ids, rooms, slots } = seeded;
    await seeded.place(ids.local, rooms.aula, slots.first);
    await seeded.place(ids.solid, rooms.lilla, slots.first);
    const desk = await (await laptopContext(browser)).newPage();
    await openGrid(desk, seeded);
    const aula = cellOf(desk, rooms.aula, slots.first);
    const lilla = cellOf(desk, rooms.lilla, slots.first);

    await mouseDrag(desk, aula.getByTestId('placed-card'), lilla, async () => {
      await expect(lilla.textContent()).resolves.toContain('Swap with “Solid.js signals”');
    });
    await expect.poll(occupantOf(lilla)).toBe(ids.local);
    await expect.poll(occupantOf(aula)).toBe(ids.solid);

    const undo = desk.getByTestId('grid-undo');
    const redo = desk.getByTestId('grid-redo');
    await expect.poll(() => undo.isEnabled()).toBe(true);
    await undo.click();
    await expect.poll(occupantOf(aula)).toBe(ids.local);
    await expect.poll(occupantOf(lilla)).toBe(ids.solid);
    await expect.poll(() => redo.isEnabled()).toBe(true);

    await desk.keyboard.press('Control+Shift+Z');
    await expect.poll(occupantOf(lilla)).toBe(ids.local);
    await desk.keyboard.press('Control+Z');
    await expect.poll(occupantOf(lilla)).toBe(ids.solid);

    // Pin from the session's menu: a pin icon and the word.
    await aula.getByTestId('placement-menu').click();
    await desk.getByTestId('menu-pin').click();
    await expect(aula.getByTestId('pinned').textContent()).resolves.toContain('Pinned');
    await aula.getByTestId('placement-menu').click();
    await expect(desk.getByTestId('menu-pin').textContent()).resolves.toContain('Unpin');
    await desk.keyboard.press('Escape');

    // Dragged back onto the list, it leaves the grid.
    await mouseDrag(desk, lilla.getByTestId('placed-card'), desk.getByTestId('unplaced'));
    await expect.poll(occupantOf(lilla)).toBeNull();
    await expect(listCard(desk, ids.solid).count()).resolves.toBe(1);

    // And "Remove from grid" from the menu does the same.
    await aula.getByTestId('placement-menu').click();
    await desk.getByTestId('menu-remove').click();
    await expect.poll(occupantOf(aula)).toBeNull();
    await expect.poll(() => listCard(desk, ids.local).count()).toBe(1);
  });

  it('refuses a drop made on an old picture of the grid, catches up and says so', async () => {
    const seeded = await seedEvent('scheduling');
    const { ids, rooms, slots } = seeded;
    const desk = await (await laptopContext(browser)).newPage();
    // No live connection: this page will not hear about the next change.
    await desk.route('**/socket.io/**', (route) => route.abort());
    await desk.routeWebSocket(/\/socket\.io\//, (ws) => ws.close());
    await desk.goto(`${served.url}/admin/${seeded.eventId}/grid#${seeded.adminToken}`);
    await desk.getByTestId('grid-cell').first().waitFor();
    await seeded.place(ids.local, rooms.aula, slots.first);

    const target = cellOf(desk, rooms.lilla, slots.second);
    await mouseDrag(desk, listCard(desk, ids.solid), target);
    await expect
      .poll(() => desk.getByTestId('toast').allTextContents())
      .toContainEqual(expect.stringContaining('Someone else changed this at the same time'));
    await expect.poll(occupantOf(cellOf(desk, rooms.aula, slots.first))).toBe(ids.local);
    await expect.poll(occupantOf(target)).toBeNull();
  });

  it('drags with a finger on a tablet after a short hold', async () => {
    const seeded = await seedEvent('scheduling');
    const { ids, rooms, slots } = seeded;
    const context = await newContext(browser, {
      viewport: { width: 1024, height: 768 },
      deviceScaleFactor: 1,
      hasTouch: true,
      isMobile: true,
      locale: 'en-GB',
    });
    const tablet = await context.newPage();
    await openGrid(tablet, seeded);
    const cdp = await context.newCDPSession(tablet);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });

    const target = cellOf(tablet, rooms.lilla, slots.second);
    const a = await centre(listCard(tablet, ids.solid));
    const b = await centre(target);
    await touch('touchStart', a.x, a.y);
    await tablet.waitForTimeout(500);
    for (let i = 1; i <= 10; i++) {
      await touch('touchMove', a.x + ((b.x - a.x) * i) / 10, a.y + ((b.y - a.y) * i) / 10);
    }
    await touch('touchEnd');
    await expect.poll(occupantOf(target)).toBe(ids.solid);
  });
});
