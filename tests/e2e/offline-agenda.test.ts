import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { annasPhone, seedPhoneDay } from '../support/phone-day';
import { waitForStoredCopy } from '../support/stored-copy';
import { useServedBrowser } from './served-browser';

const env = useServedBrowser();
const PREFIX = 'knyta:offline:';

/**
 * What a phone that went to other events before keeps: five copies from this week and one from
 * two months ago. Put once, before the event's page first saves its own copy.
 */
function otherEventsCopies(prefix: string) {
  if (localStorage.getItem('test:seeded')) return;
  localStorage.setItem('test:seeded', '1');
  const copy = (savedAt: number) => JSON.stringify({ v: 1, savedAt, snapshot: {} });
  for (const h of [1, 2, 3, 4, 5]) {
    localStorage.setItem(`${prefix}recent-${h}`, copy(Date.now() - h * 3_600_000));
  }
  localStorage.setItem(`${prefix}two-months-ago`, copy(Date.now() - 60 * 86_400_000));
}

/** Notes when the agenda first shows and when the page first asks the server for the event. */
function watchFirstPaint() {
  const marks = window as unknown as Record<string, number>;
  const fetchFromNetwork = window.fetch;
  window.fetch = (input, init) => {
    if (String(input).startsWith('/api/events/')) marks.__askedAt ??= performance.now();
    return fetchFromNetwork(input, init);
  };
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="agenda-item"]')) {
      marks.__agendaAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

const hhmm = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

describe('the agenda offline (issue 9 §4)', () => {
  it('reopens at once from the service worker and the stored snapshot, marked offline, with the last move, and catches up online', async () => {
    const { served, browser } = env;
    const day = await seedPhoneDay(served.api, 'Offline Day');
    await day.setPhase('live');
    const { context, page } = await annasPhone(browser, served.url, day, {
      prepare: async (ctx) => {
        await ctx.addInitScript(otherEventsCopies, PREFIX);
        await ctx.addInitScript(watchFirstPaint);
      },
    });
    const ownKey = `${PREFIX}${day.eventId}`;
    try {
      const item = page.getByTestId('agenda-item');
      await item.first().waitFor();

      // While the phone is online, the facilitator moves a session to another room and time.
      const grid = await served.api<Snapshot>('GET', `/api/events/${day.eventId}`, day.adminToken);
      const sessionSlots = grid.slots
        .filter((s) => s.kind === 'session')
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      const lastSlot = sessionSlots.at(-1)!;
      const moved = grid.placements.find((p) => p.slotId === sessionSlots[0]!.id)!;
      const room = grid.rooms.find((r) => r.id !== moved.roomId)!;
      await served.api(
        'PUT',
        `/api/events/${day.eventId}/placements/${moved.proposalId}`,
        day.adminToken,
        { roomId: room.id, slotId: lastSlot.id, swap: true },
      );
      const movedRow = page.locator(
        `[data-testid="agenda-slot"][data-slot-id="${lastSlot.id}"]:has([data-proposal-id="${moved.proposalId}"])`,
      );
      await movedRow.waitFor();

      // The worker registers a while after load; the copy is saved a few seconds after a change.
      await waitForStoredCopy(page, day.eventId, (copy) =>
        copy.placements.some(
          (p) =>
            p.proposalId === moved.proposalId && p.roomId === room.id && p.slotId === lastSlot.id,
        ),
      );
      // Saving its own copy, the phone let go of the oldest and the one two months old.
      const copies = () =>
        page.evaluate(
          (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)),
          PREFIX,
        );
      await expect
        .poll(async () => (await copies()).sort())
        .toEqual([...[1, 2, 3, 4].map((h) => `${PREFIX}recent-${h}`), ownKey].sort());
      const note = page.locator('.offline-note[role="status"]');
      await expect(note.textContent()).resolves.toBe('');

      await context.setOffline(true);
      await page.reload();
      await item.first().waitFor();
      // On the first render from the device's copy, before the page has even asked the server.
      const { agendaAt, askedAt } = await page.evaluate(() => {
        const marks = window as unknown as Record<string, number | undefined>;
        return { agendaAt: marks.__agendaAt, askedAt: marks.__askedAt };
      });
      expect(agendaAt).toBeDefined();
      if (askedAt !== undefined) expect(agendaAt!).toBeLessThan(askedAt);

      // Marked as soon as the server cannot be reached.
      await page.locator('.offline-note:not(:empty)').waitFor();
      await expect(note.textContent()).resolves.toMatch(/^Offline – as of \d\d:\d\d$/);
      const connection = page.getByTestId('connection');
      await expect(connection.getAttribute('data-status')).resolves.toBe('offline');
      await expect(connection.textContent()).resolves.toBe('Offline');
      // Never "Live" beside "Offline": the phase gives way to the note.
      await expect(page.getByTestId('phase').count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'SV', exact: true }).click();
      await expect(connection.textContent()).resolves.toBe('Offline');
      await expect(note.textContent()).resolves.toMatch(/^Offline – som det var kl\. \d\d:\d\d$/);
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      // The move made online is on the offline agenda: the new time and the new room.
      await expect(movedRow.locator('.agenda-time__start').textContent()).resolves.toBe(
        hhmm(lastSlot.startsAt),
      );
      await expect(
        movedRow
          .locator(`[data-proposal-id="${moved.proposalId}"] .agenda-item__place`)
          .textContent(),
      ).resolves.toBe(room.name);

      // Meanwhile the facilitator renames a session on the agenda.
      const renamed = day.proposalIds[1]!;
      await served.api('PATCH', `/api/events/${day.eventId}/proposals/${renamed}`, day.adminToken, {
        title: 'Renamed: offline-first apps',
      });

      await context.setOffline(false);
      await page.getByText('Renamed: offline-first apps').first().waitFor();
      await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
      await expect(note.textContent()).resolves.toBe('');
      await expect(page.getByTestId('phase').textContent()).resolves.toContain('Live');

      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        }
        return urls;
      });
      expect(cached.some((url) => url.endsWith('/index.html'))).toBe(true);
      for (const url of cached) expect(url).not.toMatch(/\/api\/|\/socket\.io\//);
    } finally {
      await context.close();
    }
  });
});
