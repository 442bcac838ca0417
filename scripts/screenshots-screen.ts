/**
 * Screenshots of the projector view and the phone's live agenda for docs/screenshots: boots
 * the real app with the built client on an in-memory database, seeds a realistic day through
 * the API (6 rooms, 7 slots with lunch, Swedish and English titles) and photographs it at a
 * fixed moment of the day (`?now=`).
 *
 *   node --import tsx scripts/screenshots-screen.ts [--extra]
 *
 * `--extra` also writes the blind leaderboard, the scheduling screen, a Swedish projector, 4K
 * and the phone at 360 px to /tmp/knyta-shots, for checking by eye. The big event (12 rooms ×
 * 10 slots) is in scripts/screenshots-projector.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureClientBuilt } from '../tests/e2e/build-client';
import { serveApp } from '../tests/e2e/serve';
import { launchBrowser, phoneContext } from '../tests/support/browser';

const OUT = 'docs/screenshots';
const EXTRA = '/tmp/knyta-shots';
const NOW = '2026-11-27T10:40:00+01:00';

const ROOMS = [
  { name: 'Aula', capacity: 120, notes: 'Projector, microphones' },
  { name: 'Biblioteket', capacity: 40, notes: 'Projector' },
  { name: 'Verkstan', capacity: 16, notes: 'Whiteboards, accessible' },
  { name: 'Glasrummet', capacity: 10 },
  { name: 'Ateljén', capacity: 24, notes: 'Sofas' },
  { name: 'Rum 204', capacity: 12 },
];

const at = (time: string) => `2026-11-27T${time}:00+01:00`;
const SLOTS = [
  { startsAt: at('09:30'), endsAt: at('10:15') },
  { startsAt: at('10:30'), endsAt: at('11:15') },
  { startsAt: at('11:30'), endsAt: at('12:15') },
  { startsAt: at('12:15'), endsAt: at('13:15'), kind: 'break', label: 'Lunch' },
  { startsAt: at('13:15'), endsAt: at('14:00') },
  { startsAt: at('14:15'), endsAt: at('15:00') },
  { startsAt: at('15:15'), endsAt: at('16:00') },
];

/** Per session slot, per room: [title, hosts] or null for a free room. */
const GRID: ([string, string[]] | null)[][] = [
  [
    ['Kanban för små team: vad fungerar egentligen?', ['Sara Lind']],
    ['Accessible forms in an afternoon', ['Anna Berg']],
    ['Local-first software with CRDTs', ['Jonas Ek']],
    ['Så fick vi jourschemat att kännas rättvist', ['Maja Holm', 'Ali Haddad']],
    ['Lightning demos', ['Lena Ström']],
    ['Hållbar mjukvara: mät energin innan du optimerar', ['Erik Nyström']],
  ],
  [
    ['Pair programming with a screen reader', ['Anna Berg']],
    ['Offentlig sektor och öppen källkod – hur går vi vidare?', ['Karin Sjöberg']],
    ['Testing in production, carefully', ['David Olsson']],
    ['Rust for TypeScript developers', ['Nils Åkesson']],
    ['Facilitera utan att styra: open space-tekniker', ['Elin Persson']],
    ['Design systems that designers actually use', ['Sofia Mäkinen']],
  ],
  [
    ['Kodgranskning som lärande, inte grindvakt', ['Oskar Lund']],
    ['What we learned from killing our microservices', ['Priya Nair']],
    ['Barn, skärmar och apparna vi bygger', ['Hanna Wik']],
    ['Postgres is enough: queues, search and cron', ['Johan Berg']],
    ['Introvert på konferens: överlevnadstips', ['Linnea Falk']],
    ['Mentorship circles for junior developers', ['Ahmed Yusuf']],
  ],
  [
    ['AI-assistenter i vardagen: hype eller hjälp?', ['Markus Engström']],
    ['Observability on a shoestring budget', ['Tove Lindqvist']],
    ['Tillgänglighetsrevision på 30 minuter', ['Ida Nordin']],
    ['Writing docs people actually read', ['Fredrik Ahl']],
    ['Fyra dagars arbetsvecka – ett år senare', ['Emma Sund', 'Jonas Ek']],
    null,
  ],
  [
    ['Building for low bandwidth: lessons from rural Sweden', ['Gustav Berg']],
    ['Säkerhet för småföretag: de fem viktigaste åtgärderna', ['Mira Jansson']],
    ['Refactoring legacy Java without fear', ['Peter Holmgren']],
    ['Community building for open source maintainers', ['Alex Rivera']],
    ['Hur vi anställer utan whiteboard-intervjuer', ['Sara Lind']],
    ['Type-safe APIs from database to browser', ['Jonas Ek']],
  ],
  [
    ['Open Space: vad vill vi göra nästa år?', ['Arrangörerna']],
    ['Data visualisation for the rest of us', ['Lisa Chen']],
    ['Ergonomi för utvecklare: rygg, händer och ögon', ['Karl Dahl']],
    ['From monolith to modular monolith', ['Viktor Ek']],
    null,
    ['Retro: what did we learn today?', ['Elin Persson']],
  ],
];

/** Anna, the phone, voted on these (title → dots): two run now, one next, one after lunch. */
const ANNAS_DOTS: Record<string, number> = {
  'Testing in production, carefully': 2,
  'Postgres is enough: queues, search and cron': 1,
  'Writing docs people actually read': 1,
  'Design systems that designers actually use': 1,
};

async function main() {
  const extra = process.argv.includes('--extra');
  await ensureClientBuilt();
  mkdirSync(OUT, { recursive: true });
  if (extra) mkdirSync(EXTRA, { recursive: true });
  const served = await serveApp();
  const browser = await launchBrowser();
  const api = served.api;
  const shot = async (page: Page, name: string, dir = OUT) => {
    await page.evaluate(() => document.fonts.ready);
    // The type fitter runs a frame after layout.
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(dir, `${name}.png`) });
    console.log(`  ${dir}/${name}.png`);
  };

  try {
    const { event, adminToken } = await api<{
      event: { id: string; joinCode: string };
      adminToken: string;
    }>('POST', '/api/events', undefined, {
      name: 'Knytkonferens Göteborg 2026',
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      language: 'sv',
    });
    const ev = `/api/events/${event.id}`;
    const admin = (method: string, path: string, body?: unknown) =>
      api<Record<string, unknown>>(method, ev + path, adminToken, body);

    const rooms: string[] = [];
    for (const room of ROOMS)
      rooms.push(((await admin('POST', '/rooms', room)).room as { id: string }).id);
    const { slots } = (await admin('POST', '/slots/batch', { slots: SLOTS })) as unknown as {
      slots: { id: string; kind: string }[];
    };
    const sessionSlots = slots.filter((s) => s.kind === 'session');

    // Everyone pitches through the facilitator (hosts as given); a crowd votes.
    const ids = new Map<string, string>();
    for (const row of GRID) {
      for (const cell of row) {
        if (!cell) continue;
        const [title, hosts] = cell;
        const { proposal } = (await admin('POST', '/proposals', { title, hosts })) as {
          proposal: { id: string };
        };
        ids.set(title, proposal.id);
      }
    }
    const join = async (name: string) =>
      (
        await api<{ token: string }>('POST', '/api/join', undefined, {
          joinCode: event.joinCode,
          name,
        })
      ).token;
    const titles = [...ids.keys()];
    for (let p = 0; p < 14; p++) {
      const token = await join(`Deltagare ${p + 1}`);
      // A deterministic spread: some sessions are clear favourites.
      for (const [k, offset] of [3, 7, 11].entries()) {
        const title = titles[(p * offset + k * 5) % titles.length]!;
        const dots = k === 0 ? 2 : 1;
        await api('PUT', `${ev}/proposals/${ids.get(title)}/vote`, token, { dots });
      }
    }
    const anna = await join('Anna');
    for (const [title, dots] of Object.entries(ANNAS_DOTS)) {
      await api('PUT', `${ev}/proposals/${ids.get(title)}/vote`, anna, { dots });
    }

    const projector = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      deviceScaleFactor: 1,
      locale: 'en-GB',
      timezoneId: 'Europe/Stockholm',
      reducedMotion: 'reduce',
    });
    const wall = await projector.newPage();
    // Page 1 of the rooms whenever they take turns, so the pictures do not depend on the clock.
    const screenUrl = `${served.url}/screen/${event.joinCode}?now=${encodeURIComponent(NOW)}&page=1`;

    // The marketplace: last call for dots, tallies open.
    await admin('PATCH', '', { phase: 'voting' });
    await wall.goto(screenUrl);
    await wall.getByTestId('leaderboard-item').first().waitFor();
    await shot(wall, 'screen-leaderboard');
    if (extra) {
      await admin('PATCH', '', { blindVoting: true });
      await wall.locator('[data-testid="screen-leaderboard"][data-blind="true"]').waitFor();
      await shot(wall, 'screen-leaderboard-blind', EXTRA);
      await admin('PATCH', '', { blindVoting: false, phase: 'scheduling' });
      await wall.getByTestId('screen-building').waitFor();
      await shot(wall, 'screen-scheduling', EXTRA);
    }

    // The facilitators fill the grid and publish it.
    for (const [s, row] of GRID.entries()) {
      for (const [r, cell] of row.entries()) {
        if (!cell) continue;
        await admin('PUT', `/placements/${ids.get(cell[0])}`, {
          roomId: rooms[r],
          slotId: sessionSlots[s]!.id,
        });
      }
    }
    await admin('PATCH', '', { phase: 'live' });
    await wall.getByTestId('screen-grid').waitFor();
    await wall.getByTestId('screen-cell').first().waitFor();
    await shot(wall, 'screen-live-1080p');
    await wall.setViewportSize({ width: 1280, height: 720 });
    await shot(wall, 'screen-live-720p');
    if (extra) {
      await wall.setViewportSize({ width: 3840, height: 2160 });
      await shot(wall, 'screen-live-4k', EXTRA);
      await wall.setViewportSize({ width: 1024, height: 768 });
      await shot(wall, 'screen-live-4x3', EXTRA);
      await wall.setViewportSize({ width: 1920, height: 1080 });
      await wall.getByRole('button', { name: 'SV', exact: true }).click();
      await shot(wall, 'screen-live-sv', EXTRA);
    }

    // Anna's phone, at the same moment of the day.
    const phone = await phoneContext(browser);
    await phone.addInitScript(
      ([key, token]) => localStorage.setItem(key!, token!),
      [`knyta:participant:${event.id}`, anna],
    );
    const mobile = await phone.newPage();
    await mobile.emulateMedia({ reducedMotion: 'reduce' });
    await mobile.goto(`${served.url}/e/${event.id}?now=${encodeURIComponent(NOW)}`);
    await mobile.getByTestId('now-next').waitFor();
    // The event is Swedish, and so its pages by default; Anna reads English (the docs' shots).
    await mobile.getByRole('button', { name: 'EN', exact: true }).click();
    await shot(mobile, 'phone-agenda');
    await mobile.getByRole('button', { name: 'By room' }).click();
    await mobile.getByTestId('agenda-room').first().waitFor();
    await mobile.getByTestId('agenda').evaluate((el) => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - 120);
    });
    await shot(mobile, 'phone-agenda-by-room');
    // The day by time: the morning's sessions over, grey and unframed, above now and next.
    await mobile.getByRole('button', { name: 'By time' }).click();
    await mobile.getByTestId('agenda').evaluate((el) => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - 120);
    });
    await shot(mobile, 'phone-agenda-by-time');

    // The day is over: the projector keeps every slot, the past ones grey yet readable.
    await admin('PATCH', '', { phase: 'closed' });
    await wall.setViewportSize({ width: 1920, height: 1080 });
    await wall.locator('[data-testid="screen"][data-phase="closed"]').waitFor();
    await wall.getByTestId('screen-cell').first().waitFor();
    await shot(wall, 'screen-closed-1080p');
    if (extra) {
      await mobile.setViewportSize({ width: 360, height: 740 });
      await mobile.evaluate(() => window.scrollTo(0, 0));
      await shot(mobile, 'phone-agenda-360', EXTRA);
      await mobile.getByRole('button', { name: 'SV', exact: true }).click();
      await shot(mobile, 'phone-agenda-360-sv', EXTRA);
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
