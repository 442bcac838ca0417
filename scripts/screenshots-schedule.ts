/**
 * Screenshots of the scheduling tools for docs/screenshots: boots the real app with the built
 * client on an in-memory database, seeds a voted event through the API, and photographs the
 * Suggest schedule preview, the merge picker and "Not in parallel" on a laptop (1280×800)
 * and a tablet (1024×768).
 *
 *   node --import tsx scripts/screenshots-schedule.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { planDay } from '../shared/day-plan';
import { ensureClientBuilt } from '../tests/e2e/build-client';
import { serveApp } from '../tests/e2e/serve';
import { launchBrowser, laptopContext } from '../tests/support/browser';

const OUT = 'docs/screenshots';

const PITCHES: { title: string; hosts: string[] }[] = [
  { title: 'Kanban for small teams: what actually works', hosts: ['Erik'] },
  { title: 'Accessible forms in an afternoon', hosts: ['Sara', 'Ali'] },
  { title: 'Lightning demos', hosts: ['Jonas'] },
  { title: 'Why our on-call rota finally feels fair', hosts: ['Maja'] },
  { title: 'Open Space: what should next year look like?', hosts: ['Lena'] },
  { title: 'Local-first apps with CRDTs', hosts: ['Ali'] },
  { title: 'Hiring without whiteboard puzzles', hosts: ['Sara'] },
  { title: 'Kanban in small teams?', hosts: ['Nils'] },
  { title: 'Fika-driven development', hosts: ['Erik'] },
  { title: 'Testing in production, safely', hosts: ['Jonas', 'Maja'] },
  { title: 'Design systems that people use', hosts: ['Lena'] },
  { title: 'Running a meetup on no budget', hosts: ['Nils'] },
];

/** Deterministic dots: the same pictures on every run. */
function* dotsFor(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x;
  }
}

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

  try {
    const { event, adminToken } = await api<{
      event: { id: string; joinCode: string };
      adminToken: string;
    }>('POST', '/api/events', undefined, {
      name: 'Knytkonferens Göteborg 2026',
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      language: 'en',
    });
    const ev = `/api/events/${event.id}`;
    const rooms: { id: string }[] = [];
    for (const room of [
      { name: 'Biblioteket', capacity: 40 },
      { name: 'Verkstaden', capacity: 16 },
      { name: 'Glasrummet', capacity: 8 },
      { name: 'Stora salen', capacity: 120 },
    ]) {
      rooms.push(
        (await api<{ room: { id: string } }>('POST', `${ev}/rooms`, adminToken, room)).room,
      );
    }
    const plan = planDay({
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      firstStart: '09:30',
      lastEnd: '15:00',
      sessionMinutes: 45,
      breakMinutes: 15,
      lunch: { start: '12:00', end: '13:00' },
    });
    if (!plan.ok) throw new Error(plan.reason);
    const { slots } = await api<{ slots: { id: string; kind: string }[] }>(
      'POST',
      `${ev}/slots/batch`,
      adminToken,
      { slots: plan.slots },
    );
    const sessionSlots = slots.filter((s) => s.kind === 'session');

    const ids: string[] = [];
    for (const pitch of PITCHES) {
      const { proposal } = await api<{ proposal: { id: string } }>(
        'POST',
        `${ev}/proposals`,
        adminToken,
        pitch,
      );
      ids.push(proposal.id);
    }

    // Thirty people spend their five dots, more of them on the first few pitches.
    const random = dotsFor(7);
    for (let person = 0; person < 30; person++) {
      const { token } = await api<{ token: string }>('POST', '/api/join', undefined, {
        joinCode: event.joinCode,
        name: `Person ${person + 1}`,
      });
      const mine = new Map<string, number>();
      for (let dot = 0; dot < 5; dot++) {
        const r = random.next().value as number;
        const pick = ids[Math.floor(((r % 1000) / 1000) ** 1.6 * ids.length)]!;
        if ((mine.get(pick) ?? 0) < 3) mine.set(pick, (mine.get(pick) ?? 0) + 1);
      }
      for (const [id, dots] of mine) {
        await api('PUT', `${ev}/proposals/${id}/vote`, token, { dots });
      }
    }

    // A hand-made start: a few sessions placed (one pinned), one pair kept apart.
    const place = (i: number, room: number, slot: number, pinned = false) =>
      api('PUT', `${ev}/placements/${ids[i]}`, adminToken, {
        roomId: rooms[room]!.id,
        slotId: sessionSlots[slot]!.id,
        pinned,
      });
    await place(0, 2, 0);
    await place(1, 0, 0, true);
    await place(4, 3, 1);
    await place(11, 1, 2);
    await place(8, 0, 3);
    await api('POST', `${ev}/avoid-pairs`, adminToken, { a: ids[1], b: ids[5] });
    await api('PATCH', ev, adminToken, { phase: 'scheduling' });

    const laptop = await laptopContext(browser);
    const desk = await laptop.newPage();
    await desk.emulateMedia({ reducedMotion: 'reduce' });

    // The grid's toolbar with the live score, then Suggest schedule.
    await desk.goto(`${served.url}/admin/${event.id}/grid#${adminToken}`);
    await desk.getByTestId('schedule-tools').waitFor();
    await shot(desk, 'schedule-toolbar');
    await desk.getByTestId('suggest-open').click();
    await desk.getByTestId('suggest-mode-replan').click();
    await shot(desk, 'schedule-suggest-options');
    await desk.getByTestId('suggest-run').click();
    await desk.getByTestId('suggest-preview').waitFor();
    await shot(desk, 'schedule-suggest');
    await desk.getByTestId('changes-moved').scrollIntoViewIfNeeded();
    await shot(desk, 'schedule-suggest-moved');
    await desk.setViewportSize({ width: 1024, height: 768 });
    await shot(desk, 'schedule-suggest-tablet');
    await desk.setViewportSize({ width: 1280, height: 800 });
    await desk.getByTestId('suggest-discard').click();
    // The same preview in Swedish, to check that the longer words still fit.
    await desk.getByRole('button', { name: 'SV', exact: true }).click();
    await desk.getByTestId('suggest-open').click();
    await desk.getByTestId('suggest-mode-replan').click();
    await desk.getByTestId('suggest-run').click();
    await desk.getByTestId('suggest-preview').waitFor();
    await shot(desk, 'schedule-suggest-sv');
    await desk.getByTestId('suggest-discard').click();
    await desk.getByRole('button', { name: 'EN', exact: true }).click();

    await desk.getByTestId('avoid-dialog-open').click();
    await desk.getByTestId('avoid-first').getByTestId('picker-search').fill('kanban');
    await desk.getByTestId('avoid-first').getByTestId('picker-option').first().click();
    await shot(desk, 'schedule-avoid');
    await desk.keyboard.press('Escape');

    // The facilitator's desk: merging a duplicate from its card.
    await desk.goto(`${served.url}/admin/${event.id}`);
    const duplicate = desk
      .getByTestId('proposal-card')
      .filter({ hasText: 'Kanban in small teams?' });
    await duplicate.getByTestId('merge-open').click();
    const picker = desk.getByTestId('merge-picker');
    await picker.getByTestId('picker-option').filter({ hasText: 'Kanban for small' }).click();
    await shot(desk, 'schedule-merge');
    await desk.getByTestId('merge-next').click();
    await shot(desk, 'schedule-merge-confirm');
    await desk.setViewportSize({ width: 1024, height: 768 });
    await shot(desk, 'schedule-merge-confirm-tablet');
    await desk.setViewportSize({ width: 1280, height: 800 });
    await desk.getByTestId('merge-confirm').click();
    await desk.getByTestId('action-toast').waitFor();
    await shot(desk, 'schedule-merged-toast');
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
