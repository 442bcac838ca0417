import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, phoneContext } from '../support/browser';
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

/** 10:05 in Stockholm: the second session slot is running, the third is next. */
const NOW = '2026-11-27T09:05:00Z';

const api = <T = Record<string, unknown>>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) => served.api<T>(method, path, token, body);

const ROOMS = ['Aula', 'Biblioteket', 'Verkstan'];
/** Per session slot (09:00, 10:00, 11:00, lunch, 13:00 Stockholm), per room. */
const TITLES = [
  ['Kanban för små team', 'Accessible forms', 'Local-first software'],
  ['Testing in production', 'Rust for TypeScript developers', 'Facilitera utan att styra'],
  ['Postgres is enough', 'Kodgranskning som lärande', 'Mentorship circles'],
  ['Writing docs people read', 'Fyra dagars arbetsvecka', 'Retro: what did we learn?'],
];

/**
 * A live event through the API: rooms, a day of slots with lunch, a proposal in every cell, and
 * a participant, Anna, who voted on two sessions (one now, one next) before the grid went live.
 */
async function seedDay() {
  const { event, adminToken: admin } = await api<{
    event: { id: string; joinCode: string };
    adminToken: string;
  }>('POST', '/api/events', undefined, {
    name: 'E2E Agendadag',
    date: '2026-11-27',
    timezone: 'Europe/Stockholm',
    language: 'en',
  });
  const ev = `/api/events/${event.id}`;
  const rooms: string[] = [];
  for (const name of ROOMS) {
    const { room } = await api<{ room: { id: string } }>('POST', `${ev}/rooms`, admin, {
      name,
      capacity: 30,
    });
    rooms.push(room.id);
  }
  const at = (time: string) => `2026-11-27T${time}:00+01:00`;
  const { slots } = await api<{ slots: { id: string; kind: string }[] }>(
    'POST',
    `${ev}/slots/batch`,
    admin,
    {
      slots: [
        { startsAt: at('09:00'), endsAt: at('09:45') },
        { startsAt: at('10:00'), endsAt: at('10:45') },
        { startsAt: at('11:00'), endsAt: at('11:45') },
        { startsAt: at('12:00'), endsAt: at('13:00'), kind: 'break', label: 'Lunch' },
        { startsAt: at('13:00'), endsAt: at('13:45') },
      ],
    },
  );
  const sessionSlots = slots.filter((s) => s.kind === 'session').map((s) => s.id);
  const ids: string[][] = [];
  for (const [s, row] of TITLES.entries()) {
    ids.push([]);
    for (const [r, title] of row.entries()) {
      const { proposal } = await api<{ proposal: { id: string } }>(
        'POST',
        `${ev}/proposals`,
        admin,
        { title, hosts: [`Host ${s}${r}`] },
      );
      ids[s]!.push(proposal.id);
    }
  }
  const { token: anna } = await api<{ token: string }>('POST', '/api/join', undefined, {
    joinCode: event.joinCode,
    name: 'Anna',
  });
  await api('PUT', `${ev}/proposals/${ids[1]![2]}/vote`, anna, { dots: 2 });
  await api('PUT', `${ev}/proposals/${ids[2]![0]}/vote`, anna, { dots: 1 });
  for (const [s, row] of ids.entries()) {
    for (const [r, id] of row.entries()) {
      await api('PUT', `${ev}/placements/${id}`, admin, {
        roomId: rooms[r],
        slotId: sessionSlots[s],
      });
    }
  }
  await api('PATCH', ev, admin, { phase: 'live' });
  return { eventId: event.id, joinCode: event.joinCode, admin, anna, rooms, sessionSlots, ids };
}

type Day = Awaited<ReturnType<typeof seedDay>>;

/** Anna's phone, already joined (her token on the device), at 10:05 on the day. */
async function annasPhone(day: Day, viewport?: { width: number; height: number }) {
  const context: BrowserContext = await phoneContext(browser);
  await context.addInitScript(
    ([key, token]) => localStorage.setItem(key!, token!),
    [`knyta:participant:${day.eventId}`, day.anna],
  );
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${served.url}/e/${day.eventId}?now=${NOW}`);
  await page.getByTestId('now-next').waitFor();
  return page;
}

const ids = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.proposalId));

describe('the live agenda on a phone', () => {
  let day: Day;
  beforeAll(async () => {
    day = await seedDay();
  });

  it('shows what runs now and next, with the sessions I voted on marked in words', async () => {
    const page = await annasPhone(day);
    const now = page.getByTestId('now-slot');
    const next = page.getByTestId('next-slot');
    await expect(now.textContent()).resolves.toContain('Now');
    await expect(now.textContent()).resolves.toContain('Until 10:45');
    await expect(next.textContent()).resolves.toContain('11:00–11:45');

    // The session I voted on first, then the others in room order.
    await expect(
      ids(page, '[data-testid="now-slot"] [data-testid="now-next-item"]'),
    ).resolves.toEqual([day.ids[1]![2], day.ids[1]![0], day.ids[1]![1]]);
    await expect(
      ids(page, '[data-testid="next-slot"] [data-testid="now-next-item"]'),
    ).resolves.toEqual(day.ids[2]);
    // Room, title and hosts of a session running now.
    const first = now.locator(`[data-proposal-id="${day.ids[1]![0]}"]`);
    await expect(first.textContent()).resolves.toContain('Aula');
    await expect(first.textContent()).resolves.toContain('Testing in production');
    await expect(first.textContent()).resolves.toContain('Host 10');

    // My votes: one session now, one next; the mark is a dot and the words "You voted".
    const voted = await ids(page, '[data-testid="now-next-item"][data-voted="true"]');
    expect(voted).toEqual([day.ids[1]![2], day.ids[2]![0]]);
    const mark = now.locator(`[data-proposal-id="${day.ids[1]![2]}"]`).getByTestId('voted-mark');
    await expect(mark.textContent()).resolves.toBe('You voted');
    await expect(mark.locator('.dot').count()).resolves.toBe(1);
    await expect(
      now.locator(`[data-proposal-id="${day.ids[1]![0]}"]`).getByTestId('voted-mark').count(),
    ).resolves.toBe(0);
    await page.context().close();
  });

  it('lists the whole day by time, or by room, with breaks and the same marks', async () => {
    const page = await annasPhone(day);
    const agenda = page.getByTestId('agenda');
    const all = day.ids.flat();
    await expect(ids(page, '[data-testid="agenda-item"]')).resolves.toEqual(all);
    await expect(agenda.textContent()).resolves.toContain('Lunch');
    await expect(ids(page, '[data-testid="agenda-item"][data-voted="true"]')).resolves.toEqual([
      day.ids[1]![2],
      day.ids[2]![0],
    ]);
    const tenses = await page
      .getByTestId('agenda-slot')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.tense));
    expect(tenses).toEqual(['past', 'now', 'next', 'later', 'later']);

    await page.getByRole('button', { name: 'By room' }).click();
    await expect.poll(() => page.getByTestId('agenda-room').count()).toBe(3);
    const byRoom = day.rooms.flatMap((_, r) => day.ids.map((row) => row[r]));
    await expect(ids(page, '[data-testid="agenda-item"]')).resolves.toEqual(byRoom);
    const aula = page.getByTestId('agenda-room').first();
    await expect(aula.textContent()).resolves.toContain('Lunch');
    await expect(ids(page, '[data-testid="agenda-item"][data-voted="true"]')).resolves.toHaveLength(
      2,
    );
    await page.context().close();
  });

  it('follows a moved session on the phone and on the projector within a second', async () => {
    const page = await annasPhone(day);
    const wallContext = await newContext(browser, {
      viewport: { width: 1920, height: 1080 },
      locale: 'en-GB',
      timezoneId: 'Europe/Stockholm',
    });
    const wall = await wallContext.newPage();
    await wall.goto(`${served.url}/screen/${day.joinCode}?now=${NOW}`);
    await wall.getByTestId('screen-grid').waitFor();
    for (const p of [page, wall]) {
      await p.locator('[data-testid="connection"][data-status="live"]').waitFor();
    }

    // Anna's "next" session moves into the last slot, swapping with what was there.
    const moved = day.ids[2]![0]!;
    const started = Date.now();
    await api('PUT', `/api/events/${day.eventId}/placements/${moved}`, day.admin, {
      roomId: day.rooms[0],
      slotId: day.sessionSlots[3],
      swap: true,
    });
    await Promise.all([
      page
        .locator(
          `[data-testid="agenda-slot"][data-slot-id="${day.sessionSlots[3]}"] [data-proposal-id="${moved}"]`,
        )
        .waitFor({ timeout: 1000 }),
      wall
        .locator(
          `[data-testid="screen-cell"][data-proposal-id="${moved}"][data-slot-id="${day.sessionSlots[3]}"]`,
        )
        .waitFor({ timeout: 1000 }),
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
    // "Next" now holds the session that came the other way, and Anna's mark left with hers.
    await expect
      .poll(() => ids(page, '[data-testid="next-slot"] [data-testid="now-next-item"]'))
      .toEqual([day.ids[3]![0], day.ids[2]![1], day.ids[2]![2]]);
    await expect(
      page.locator('[data-testid="next-slot"] [data-voted="true"]').count(),
    ).resolves.toBe(0);
    await wallContext.close();
    await page.context().close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const page = await annasPhone(day, { width: 360, height: 740 });
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await page.getByRole('button', { name: 'By room' }).click();
    const after = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(after).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('keeps the agenda, without now and next, once the event is closed', async () => {
    const closed = await seedDay();
    await api('PATCH', `/api/events/${closed.eventId}`, closed.admin, { phase: 'closed' });
    const context = await phoneContext(browser);
    await context.addInitScript(
      ([key, token]) => localStorage.setItem(key!, token!),
      [`knyta:participant:${closed.eventId}`, closed.anna],
    );
    const page = await context.newPage();
    await page.goto(`${served.url}/e/${closed.eventId}?now=${NOW}`);
    await page.getByTestId('agenda').waitFor();
    await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(12);
    await expect(page.getByTestId('now-next').count()).resolves.toBe(0);
    await context.close();
  });
});
