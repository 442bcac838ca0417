import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { qrSvg } from '../../client/src/components/qr-svg';
import { describeFindings, seriousViolations } from '../support/axe';
import { LAPTOP, newContext } from '../support/browser';
import { seedDoorDay, seedLongDay } from '../support/door-day';
import { pdfPageTexts, squash } from '../support/pdf-text';
import { seedPhoneDay, slotTimes } from '../support/phone-day';
import { useServedBrowser } from './served-browser';

const setUp = useServedBrowser();

/** Each room's day as its door sheet should show it, read back as a facilitator. */
async function expectedSheets(day: { eventId: string; adminToken: string }) {
  const snap = await setUp.served.api<Snapshot>(
    'GET',
    `/api/events/${day.eventId}`,
    day.adminToken,
  );
  const slots = [...snap.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return [...snap.rooms]
    .sort((a, b) => a.position - b.position)
    .map((room) => ({
      id: room.id,
      name: room.name,
      slots: slots.map((slot) => {
        const placed = snap.placements.find((p) => p.roomId === room.id && p.slotId === slot.id);
        const session = placed && snap.proposals.find((p) => p.id === placed.proposalId);
        return {
          id: slot.id,
          kind: slot.kind,
          label: slot.label,
          time: slotTimes(slot),
          session: session && { id: session.id, title: session.title, hosts: session.hosts },
        };
      }),
    }));
}

async function openDoors(joinCode: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(setUp.browser, {
    viewport: LAPTOP,
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${setUp.served.url}/doors/${joinCode}`);
  await page.getByTestId('doors').waitFor();
  return { context, page };
}

/** The sheets once each has been fitted to its page and its QR codes are drawn. */
async function sheetsReady(page: Page, sheets: number, codes: number) {
  await page.waitForFunction(
    ([n, q]) =>
      document.querySelectorAll('[data-testid="door-sheet"][data-fit]').length === n &&
      document.querySelectorAll('[data-testid="door-slot-qr"] img').length === q,
    [sheets, codes] as const,
  );
}

/** The sheets as Chromium prints them to A4, a string of text per page. */
async function printedPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return pdfPageTexts(await page.pdf({ format: 'A4', printBackground: true })).map(squash);
}

describe('the door sheets', () => {
  it('say the agenda is not published yet, in the event language, and show no sheet', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'Knytkonferens Malmö');
    await setUp.served.api('PATCH', `/api/events/${day.eventId}`, day.adminToken, {
      language: 'sv',
    });
    const { context, page } = await openDoors(day.joinCode);
    const notice = page.getByTestId('doors-unpublished');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('Schemat är inte publicerat än');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('sv');
    await expect(page.getByTestId('door-sheet').count()).resolves.toBe(0);
    await expect(page.getByTestId('doors-print').count()).resolves.toBe(0);
    expect(describeFindings('door sheets, unpublished', await seriousViolations(page))).toBe('');
    await context.close();
  });

  it("give each room a sheet with every slot's time, session and hosts, and print one A4 page per room", async () => {
    const day = await seedDoorDay(setUp.served.api, 'Knytkonferens Lund');
    const rooms = await expectedSheets(day);
    expect(rooms).toHaveLength(3);
    const kinds = new Set(rooms.flatMap((r) => r.slots.map((s) => (s.session ? 'held' : s.kind))));
    // The day has all there is to show: sessions, a break, a plenary and a room left open.
    expect([...kinds].sort()).toEqual(['break', 'held', 'plenary', 'session']);
    const held = rooms.flatMap((r) => r.slots.filter((s) => s.session));

    const { context, page } = await openDoors(day.joinCode);
    await sheetsReady(page, rooms.length, held.length);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    const sheets = page.getByTestId('door-sheet');
    for (const [i, room] of rooms.entries()) {
      const sheet = sheets.nth(i);
      await expect(sheet.getAttribute('data-room-id')).resolves.toBe(room.id);
      await expect(sheet.getByTestId('door-sheet-room').textContent()).resolves.toBe(room.name);
      // A normal day fits its page at full size.
      await expect(sheet.getAttribute('data-fit')).resolves.toBe('1');
      const rows = sheet.getByTestId('door-slot');
      await expect(rows.count()).resolves.toBe(room.slots.length);
      for (const [j, slot] of room.slots.entries()) {
        const row = rows.nth(j);
        await expect(row.getAttribute('data-slot-id')).resolves.toBe(slot.id);
        await expect(row.getByTestId('door-slot-time').textContent()).resolves.toBe(slot.time);
        const text = await row.textContent();
        if (slot.session) {
          await expect(row.getByTestId('door-slot-title').textContent()).resolves.toBe(
            slot.session.title,
          );
          await expect(row.getByTestId('door-slot-hosts').textContent()).resolves.toBe(
            `Hosted by ${slot.session.hosts.join(', ')}`,
          );
          // The QR code leads to the session's notes page.
          const url = `${setUp.served.url}/notes/${day.joinCode}/${slot.session.id}`;
          const qr = row.getByTestId('door-slot-qr');
          await expect(qr.getAttribute('data-url')).resolves.toBe(url);
          const src = await qr.locator('img').getAttribute('src');
          expect(decodeURIComponent(src!.replace('data:image/svg+xml;utf8,', ''))).toBe(
            await qrSvg(url, '#000000'),
          );
        } else if (slot.kind === 'break') expect(text).toContain(slot.label || 'Break');
        else if (slot.kind === 'plenary') expect(text).toContain(`${slot.label} · all rooms`);
        else expect(text).toBe(`${slot.time}Open`);
      }
    }
    expect(describeFindings('door sheets', await seriousViolations(page))).toBe('');

    // On paper: the sheets alone, black on white, each on a page of its own.
    const print = page.getByTestId('doors-print');
    await expect(print.isVisible()).resolves.toBe(true);
    const pages = await printedPages(page);
    await expect(print.isVisible()).resolves.toBe(false);
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    const colours = await page
      .locator('.door-sheet__room, .door-slot__title, .door-slot__time, .door-slot__line')
      .evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).color))]);
    expect(colours).toEqual(['rgb(0, 0, 0)']);
    expect(pages).toHaveLength(rooms.length);
    for (const [i, room] of rooms.entries()) {
      expect(pages[i]!.startsWith(squash(room.name)), room.name).toBe(true);
      for (const slot of room.slots) {
        expect(pages[i], slot.time).toContain(squash(slot.time));
        if (!slot.session) continue;
        // Whole on its room's page, title and hosts: nothing cut off, nothing on another page.
        expect(pages[i], slot.session.title).toContain(squash(slot.session.title));
        expect(pages[i]).toContain(squash(slot.session.hosts.join(', ')));
        for (const [k, other] of pages.entries()) {
          if (k !== i) expect(other).not.toContain(squash(slot.session.title));
        }
      }
    }
    expect(pages.join('')).not.toContain(squash('Print the sheets'));

    // Following a QR code opens that session's notes page.
    await page.emulateMedia({ media: 'screen' });
    const target = held[1]!.session!;
    const url = await page
      .locator(`[data-testid="door-slot-qr"][data-url$="/${target.id}"]`)
      .getAttribute('data-url');
    await page.goto(url!);
    await expect(page.getByTestId('notes-title').textContent()).resolves.toBe(target.title);
    await context.close();
  });

  it('shrink a long day to stay on one page, every session whole', async () => {
    const day = await seedLongDay(setUp.served.api);
    const rooms = await expectedSheets(day);
    const { context, page } = await openDoors(day.joinCode);
    await sheetsReady(page, rooms.length, day.sessions);
    const pages = await printedPages(page);
    expect(pages).toHaveLength(rooms.length);
    for (const [i, room] of rooms.entries())
      expect(pages[i]!.startsWith(squash(room.name))).toBe(true);
    for (const slot of rooms[0]!.slots) {
      expect(pages[0]).toContain(squash(slot.time));
      if (slot.session) expect(pages[0]).toContain(squash(slot.session.title));
    }
    const fits = await page
      .getByTestId('door-sheet')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-fit'))));
    // The full room shrinks; the open one, as long but with one line a slot, less or not at all.
    expect(fits[0]).toBeLessThan(1);
    expect(fits[1]).toBeGreaterThanOrEqual(fits[0]!);
    await context.close();
  });
});
