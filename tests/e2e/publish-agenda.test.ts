import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { laptopContext, phoneContext } from '../support/browser';
import { createEventWithDay } from '../support/event-setup';
import { useServedBrowser } from './served-browser';

const e2e = useServedBrowser();

/**
 * An event in the scheduling phase: two rooms, a morning of slots, three pitches of which two
 * are on the grid, so publishing has something to show and something to warn about.
 */
async function seedScheduling() {
  const day = await createEventWithDay(e2e.served.api, {
    event: { name: 'E2E Publish', date: '2026-11-27', language: 'en' },
    rooms: [
      { name: 'Aula', capacity: 40 },
      { name: 'Lilla', capacity: 12 },
    ],
    day: {
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      firstStart: '09:30',
      lastEnd: '12:00',
      sessionMinutes: 45,
      breakMinutes: 15,
    },
  });
  const ev = `/api/events/${day.eventId}`;
  const pitch = async (title: string, hosts: string[]) =>
    (
      await e2e.served.api<{ proposal: { id: string } }>(
        'POST',
        `${ev}/proposals`,
        day.adminToken,
        {
          title,
          hosts,
        },
      )
    ).proposal.id;
  const local = await pitch('Local-first software', ['Ada']);
  const solid = await pitch('Solid.js signals', ['Bo']);
  await pitch('Coffee and code', ['Cy']);
  const [first] = day.slots.filter((s) => s.kind === 'session');
  for (const [id, roomId] of [
    [local, day.roomIds[0]],
    [solid, day.roomIds[1]],
  ] as const) {
    await e2e.served.api('PUT', `${ev}/placements/${id}`, day.adminToken, {
      roomId,
      slotId: first!.id,
    });
  }
  await e2e.served.api('PATCH', ev, day.adminToken, { phase: 'scheduling' });
  return day;
}

type Seeded = Awaited<ReturnType<typeof seedScheduling>>;

const phaseOnServer = async (seeded: Seeded) =>
  (await e2e.served.api<{ event: { phase: string } }>('GET', `/api/events/${seeded.eventId}`)).event
    .phase;

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

async function joinOnPhone(page: Page, joinCode: string) {
  await page.goto(`${e2e.served.url}/join/${joinCode}`);
  await page.getByTestId('join-submit').click();
  await page.waitForURL(/\/e\/[^/]+$/);
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
}

const phaseOf = (control: Locator) => () => control.getAttribute('data-phase');

describe('publishing the agenda from the grid', () => {
  it('publishes with a confirmation, takes it down and closes only when confirmed, and undoes', async () => {
    const seeded = await seedScheduling();
    const phone = await (await phoneContext(e2e.browser)).newPage();
    await joinOnPhone(phone, seeded.joinCode);
    await expect(phone.getByTestId('agenda').count()).resolves.toBe(0);

    const desk = await (await laptopContext(e2e.browser)).newPage();
    await desk.goto(`${e2e.served.url}/admin/${seeded.eventId}/grid#${seeded.adminToken}`);
    await desk.getByTestId('grid-cell').first().waitFor();
    await desk.locator('[data-testid="connection"][data-status="live"]').waitFor();
    const control = desk.getByTestId('publish-control');
    const toggle = desk.getByTestId('publish-toggle');
    const dialog = desk.getByTestId('phase-dialog');
    await expect(phaseOf(control)()).resolves.toBe('scheduling');
    await expect(desk.getByTestId('grid-visibility').textContent()).resolves.toContain(
      'only facilitators see the grid',
    );

    // From the keyboard: the confirmation takes focus and says what participants will see.
    await toggle.focus();
    await desk.keyboard.press('Enter');
    await dialog.waitFor();
    await expect(focusedTestId(desk)).resolves.toBe('phase-confirm');
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe('Publish the agenda?');
    await expect(dialog.getByTestId('phase-effects').textContent()).resolves.toContain(
      'will show this agenda: 2 sessions in 2 rooms',
    );
    await expect(dialog.getByTestId('phase-cautions').textContent()).resolves.toContain(
      '1 session is not on the grid',
    );
    // Escape changes nothing, and focus goes back to the button that opened it.
    await desk.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(focusedTestId(desk)).resolves.toBe('publish-toggle');
    await expect(phaseOnServer(seeded)).resolves.toBe('scheduling');

    // Publish: the phone shows the agenda live, and the desk says so.
    await toggle.click();
    await dialog.getByTestId('phase-confirm').click();
    await phone.getByTestId('agenda').getByText('Local-first software').waitFor();
    await expect.poll(phaseOf(control)).toBe('live');
    await expect(toggle.textContent()).resolves.toBe('Back to scheduling');
    await expect(focusedTestId(desk)).resolves.toBe('publish-toggle');
    await desk.getByTestId('action-toast').filter({ hasText: 'now “Live”' }).waitFor();

    // Back to scheduling asks first; Cancel changes nothing anywhere.
    await toggle.click();
    await dialog.waitFor();
    await expect(focusedTestId(desk)).resolves.toBe('phase-cancel');
    await expect(dialog.textContent()).resolves.toContain(
      'The agenda disappears from participants’ phones and the projector',
    );
    await dialog.getByTestId('phase-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    await expect(phaseOnServer(seeded)).resolves.toBe('live');
    await expect(phone.getByTestId('agenda').isVisible()).resolves.toBe(true);

    // Confirmed, the agenda leaves the phone.
    await toggle.click();
    await dialog.getByTestId('phase-confirm').click();
    await phone.getByTestId('agenda').waitFor({ state: 'detached' });
    await expect.poll(() => phone.getByTestId('phase-note').textContent()).toContain('building');

    // Undo restores the phase before it, and the phone follows.
    const undoToast = desk.getByTestId('action-toast').filter({ hasText: 'now “Scheduling”' });
    await undoToast.getByTestId('action-toast-run').click();
    await phone.getByTestId('agenda').getByText('Solid.js signals').waitFor();
    await expect.poll(phaseOf(control)).toBe('live');
    await expect(phaseOnServer(seeded)).resolves.toBe('live');
    await undoToast.waitFor({ state: 'detached' });

    // Closing, on the set-up page's phases, asks first too; the agenda stays, read-only.
    await desk.getByTestId('tab-setup').click();
    await desk.getByTestId('phase-closed').click();
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe('Close the event?');
    await expect(dialog.textContent()).resolves.toContain('The event is over for participants');
    await dialog.getByTestId('phase-confirm').click();
    await expect.poll(() => phone.getByTestId('phase-note').textContent()).toContain('is over');
    await expect(phone.getByTestId('agenda').isVisible()).resolves.toBe(true);
    await expect(focusedTestId(desk)).resolves.toBe('phase-closed');
  });

  it('applies a harmless change at once, and its undo never overwrites another facilitator', async () => {
    const seeded = await seedScheduling();
    const desk = await (await laptopContext(e2e.browser)).newPage();
    await desk.goto(`${e2e.served.url}/admin/${seeded.eventId}#${seeded.adminToken}`);
    await desk.locator('[data-testid="connection"][data-status="live"]').waitFor();

    // Scheduling → voting only opens something: no question, and an undo on offer.
    await desk.getByTestId('phase-voting').click();
    await expect.poll(() => phaseOnServer(seeded)).toBe('voting');
    await expect(desk.getByTestId('phase-dialog').count()).resolves.toBe(0);
    const undoToast = desk.getByTestId('action-toast').filter({ hasText: 'now “Voting”' });
    await undoToast.waitFor();

    // Another facilitator publishes meanwhile: this undo is refused and their change stands.
    await e2e.served.api('PATCH', `/api/events/${seeded.eventId}`, seeded.adminToken, {
      phase: 'live',
    });
    await expect
      .poll(() => desk.getByTestId('phase-live').getAttribute('aria-pressed'))
      .toBe('true');
    await undoToast.getByTestId('action-toast-run').click();
    await desk
      .getByTestId('toast')
      .filter({ hasText: 'The phase has been changed since' })
      .waitFor();
    await undoToast.waitFor({ state: 'detached' });
    await expect(phaseOnServer(seeded)).resolves.toBe('live');

    // In Swedish, on the grid.
    await desk.getByRole('button', { name: 'SV', exact: true }).click();
    await desk.getByTestId('tab-grid').click();
    await expect(desk.getByTestId('publish-toggle').textContent()).resolves.toBe(
      'Tillbaka till schemaläggning',
    );
    await desk.getByTestId('publish-toggle').click();
    await expect(desk.getByTestId('phase-dialog').getByRole('heading').textContent()).resolves.toBe(
      'Gå tillbaka till ”Schemaläggning”?',
    );
  });
});
