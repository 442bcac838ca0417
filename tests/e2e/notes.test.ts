import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { describeFindings, seriousViolations } from '../support/axe';
import { PHONE, phoneContext } from '../support/browser';
import { keepParticipantToken } from '../support/device-token';
import { annasPhone, seedPhoneDay, type PhoneDay } from '../support/phone-day';
import { useServedBrowser } from './served-browser';

const setUp = useServedBrowser();

/** A phone (412×915) with a participant's key for the event, on one session's notes page. */
async function phoneOnNotes(day: PhoneDay, token: string, sessionId: string) {
  const context: BrowserContext = await phoneContext(setUp.browser);
  await keepParticipantToken(context, day.eventId, token);
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${setUp.served.url}/notes/${day.joinCode}/${sessionId}`);
  await page.getByTestId('notes-page').waitFor();
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
  return { context, page };
}

describe('the notes page', () => {
  it('shows a note written on one phone live on another: links as links, markup as text', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'Knytkonferens Umeå');
    await day.setPhase('live');
    const snap = await setUp.served.api<Snapshot>('GET', `/api/events/${day.eventId}`);
    const placed = snap.placements[0]!;
    const session = snap.proposals.find((p) => p.id === placed.proposalId)!;
    const bo = await setUp.served.api<{ token: string }>('POST', '/api/join', undefined, {
      joinCode: day.joinCode,
      name: 'Bo',
    });

    const anna = await phoneOnNotes(day, day.anna, session.id);
    const other = await phoneOnNotes(day, bo.token, session.id);
    await expect(anna.page.getByTestId('notes-title').textContent()).resolves.toBe(session.title);
    await expect(anna.page.getByTestId('notes-where').textContent()).resolves.toContain(
      snap.rooms.find((r) => r.id === placed.roomId)!.name,
    );
    await expect(anna.page.getByTestId('qr').count()).resolves.toBe(1);

    const typed = 'Slides at https://example.org/slides, and <b>bold</b> stays text';
    await anna.page.getByTestId('note-input').fill(typed);
    await anna.page.getByTestId('note-submit').click();

    // The other phone never reloads: the note arrives through the event's facts.
    const seen = other.page.getByTestId('note');
    await seen.waitFor();
    await expect(seen.getByTestId('note-author').textContent()).resolves.toBe('Anna');
    const text = seen.getByTestId('note-text');
    await expect(text.textContent()).resolves.toBe(typed);
    await expect(text.locator('a').getAttribute('href')).resolves.toBe(
      'https://example.org/slides',
    );
    await expect(text.locator('b').count()).resolves.toBe(0);
    // Only its author may edit it.
    await expect(seen.getByTestId('note-edit').count()).resolves.toBe(0);
    await expect(anna.page.getByTestId('note-edit').count()).resolves.toBe(1);
    await expect(anna.page.getByTestId('note-input').inputValue()).resolves.toBe('');

    // A note on another session is that session's alone.
    const elsewhere = snap.placements[1]!.proposalId;
    await setUp.served.api(
      'POST',
      `/api/events/${day.eventId}/proposals/${elsewhere}/notes`,
      bo.token,
      {
        text: 'Written in another room',
      },
    );

    // Bo answers; Anna edits her note; both phones follow.
    await other.page.getByTestId('note-input').fill('Follow-up next year');
    await other.page.getByTestId('note-submit').click();
    await anna.page.getByText('Follow-up next year').waitFor();
    await anna.page.getByTestId('note-edit').click();
    await anna.page
      .locator('.note [data-testid="note-input"]')
      .fill('Slides: https://example.org/v2');
    await anna.page.locator('.note [data-testid="note-submit"]').click();
    await other.page.getByText('Slides: ').waitFor();
    await expect(other.page.getByTestId('note').count()).resolves.toBe(2);
    await expect(anna.page.getByText('Written in another room').count()).resolves.toBe(0);

    expect(describeFindings('notes page, phone', await seriousViolations(other.page))).toBe('');

    // A facilitator on a laptop hides Bo's note: it leaves the phones' pages live.
    const laptop = await phoneContext(setUp.browser);
    await laptop.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`knyta:admin:${day.eventId}`, day.adminToken],
    );
    const admin = await laptop.newPage();
    await admin.goto(`${setUp.served.url}/notes/${day.joinCode}/${session.id}`);
    const bos = admin.getByTestId('note').filter({ hasText: 'Follow-up next year' });
    await bos.getByTestId('note-hide').click();
    await bos.getByTestId('note-hidden').waitFor();
    await anna.page.getByText('Follow-up next year').waitFor({ state: 'detached' });
    await expect(anna.page.getByTestId('note').count()).resolves.toBe(1);

    // The proceedings list the visible note under its session, its link a link.
    await other.page.goto(`${setUp.served.url}/proceedings/${day.joinCode}`);
    const listed = other.page.locator(`[data-session-id="${session.id}"]`);
    await listed.getByTestId('proceedings-note').waitFor();
    await expect(listed.getByTestId('proceedings-note').count()).resolves.toBe(1);
    await expect(
      listed.locator('[data-testid="proceedings-note"] a').getAttribute('href'),
    ).resolves.toBe('https://example.org/v2');
    await laptop.close();
    await anna.context.close();
    await other.context.close();
  });

  it("opens a session's notes from the phone's agenda and comes back to it", async () => {
    const day = await seedPhoneDay(setUp.served.api, 'Knytkonferens Luleå');
    await day.setPhase('live');
    const snap = await setUp.served.api<Snapshot>('GET', `/api/events/${day.eventId}`);
    const session = snap.proposals.find((p) => p.id === snap.placements[0]!.proposalId)!;
    const { context, page } = await annasPhone(setUp.browser, setUp.served.url, day, {
      viewport: PHONE,
    });
    try {
      const item = page.locator(
        `[data-testid="agenda"] [data-testid="agenda-item"][data-proposal-id="${session.id}"]`,
      );
      const link = item.getByTestId('agenda-notes-link');
      await expect(link.textContent()).resolves.toBe('Notes');
      await expect(link.getAttribute('aria-label')).resolves.toBe(`Notes: ${session.title}`);
      // Every session on the agenda has one; now and next stay short, without.
      const sessions = await page
        .locator('[data-testid="agenda"] [data-testid="agenda-item"]')
        .count();
      await expect(
        page.locator('[data-testid="agenda"] [data-testid="agenda-notes-link"]').count(),
      ).resolves.toBe(sessions);
      await expect(
        page.locator('[data-testid="now-next-item"] [data-testid="agenda-notes-link"]').count(),
      ).resolves.toBe(0);

      // Within the app: no page load, the phone's socket stays.
      await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true));
      await link.click();
      await page.getByTestId('notes-page').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/notes/${day.joinCode}/${session.id}`);
      await expect(page.getByTestId('notes-title').textContent()).resolves.toBe(session.title);
      await page.getByTestId('note-input').fill('Written from the agenda');
      await page.getByTestId('note-submit').click();
      await page.getByTestId('note').waitFor();
      expect(
        await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed),
      ).toBe(true);

      await page.goBack();
      await link.waitFor();
      await page.getByRole('button', { name: 'SV', exact: true }).click();
      await expect(link.textContent()).resolves.toBe('Anteckningar');
    } finally {
      await context.close();
    }
  });

  it('opens again without a network from the device’s copy, marked offline, and catches up', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'Knytkonferens Luleå');
    await day.setPhase('live');
    const snap = await setUp.served.api<Snapshot>('GET', `/api/events/${day.eventId}`);
    const session = snap.proposals.find((p) => p.id === snap.placements[0]!.proposalId)!;
    const path = `/api/events/${day.eventId}/proposals/${session.id}/notes`;
    await setUp.served.api('POST', path, day.anna, { text: 'Slides come after lunch' });
    const { context, page } = await phoneOnNotes(day, day.anna, session.id);
    try {
      await page.getByText('Slides come after lunch').waitFor();
      // The service worker is ready and the page has kept what it shows.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      const key = `knyta:notes:${day.joinCode}:${session.id}`;
      await expect
        .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', key))
        .toContain('Slides come after lunch');

      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('notes-page').waitFor();
      await expect(page.getByTestId('notes-title').textContent()).resolves.toBe(session.title);
      await expect(page.getByTestId('note-text').textContent()).resolves.toBe(
        'Slides come after lunch',
      );
      await expect
        .poll(() => page.getByTestId('notes-offline').textContent())
        .toMatch(/^Offline – as of \d\d:\d\d$/);
      // Nothing to write to without the server, and the page says so.
      await expect(page.getByTestId('note-input').count()).resolves.toBe(0);
      await page.getByText('You can add one once you are back online.').waitFor();
      const findings = await seriousViolations(page);
      expect(findings, describeFindings('notes page offline', findings)).toEqual([]);

      // Written meanwhile on another phone; the network comes back with the page open.
      await setUp.served.api('POST', path, day.adminToken, { text: 'Room changed to Aula' });
      await context.setOffline(false);
      await page.getByText('Room changed to Aula').waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByTestId('notes-offline').textContent()).toBe('');
      await page.getByTestId('note-input').waitFor();
    } finally {
      await context.close();
    }
  });
});
