import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { launchBrowser, laptopContext } from '../support/browser';
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

const attr = (locator: Locator, name: string) => () => locator.getAttribute(name);

/**
 * Two rooms, two session slots around a lunch break, five proposals (one a duplicate of the
 * first) and three people who voted; nothing on the grid yet.
 */
async function seed(name: string) {
  const { event, adminToken } = await api<{
    event: { id: string; joinCode: string };
    adminToken: string;
  }>('POST', '/api/events', undefined, {
    name,
    date: '2026-11-27',
    timezone: 'Europe/Stockholm',
    language: 'en',
    dotsPerParticipant: 5,
    maxDotsPerProposal: 3,
  });
  const ev = `/api/events/${event.id}`;
  for (const room of [
    { name: 'Biblioteket', capacity: 10 },
    { name: 'Verkstaden', capacity: 2 },
  ]) {
    await api('POST', `${ev}/rooms`, adminToken, room);
  }
  await api('POST', `${ev}/slots/batch`, adminToken, {
    slots: [
      { startsAt: '2026-11-27T08:30:00Z', endsAt: '2026-11-27T09:15:00Z' },
      { startsAt: '2026-11-27T11:00:00Z', endsAt: '2026-11-27T12:00:00Z', kind: 'break' },
      { startsAt: '2026-11-27T12:00:00Z', endsAt: '2026-11-27T12:45:00Z' },
    ],
  });
  const ids: Record<string, string> = {};
  for (const [key, title, hosts] of [
    ['kanban', 'Kanban for small teams', ['Erik']],
    ['forms', 'Accessible forms', ['Sara']],
    ['demos', 'Lightning demos', ['Jonas']],
    ['rota', 'A fair on-call rota', ['Erik']],
    ['dup', 'Kanban in small teams?', ['Nils']],
  ] as const) {
    const { proposal } = await api<{ proposal: { id: string } }>(
      'POST',
      `${ev}/proposals`,
      adminToken,
      { title, hosts },
    );
    ids[key] = proposal.id;
  }
  const ballots: Record<string, number>[] = [
    { kanban: 2, dup: 2, forms: 1 },
    { dup: 1, demos: 2, forms: 2 },
    { kanban: 3, rota: 2 },
  ];
  for (const [i, ballot] of ballots.entries()) {
    const { token } = await api<{ token: string }>('POST', '/api/join', undefined, {
      joinCode: event.joinCode,
      name: `Voter ${i + 1}`,
    });
    for (const [key, dots] of Object.entries(ballot)) {
      await api('PUT', `${ev}/proposals/${ids[key]}/vote`, token, { dots });
    }
  }
  await api('PATCH', ev, adminToken, { phase: 'scheduling' });
  const snapshot = () => api<Snapshot>('GET', ev, adminToken);
  return { eventId: event.id, adminToken, ids, ev, snapshot };
}

async function openAdmin(path: string, eventId: string, token: string): Promise<Page> {
  const page = await (await laptopContext(browser)).newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${served.url}/admin/${eventId}${path}#${token}`);
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
  return page;
}

describe('scheduling tools in a real browser', () => {
  it('suggests a schedule, previews it, applies it as one step, and undoes it', async () => {
    const { eventId, adminToken, ev, snapshot, ids } = await seed('E2E Suggest');
    const page = await openAdmin('/grid', eventId, adminToken);
    const score = page.getByTestId('live-score');
    await expect.poll(attr(score, 'data-total')).toBe('0');

    // The dialog opens with focus inside it, and Escape closes it.
    await page.getByTestId('suggest-open').click();
    const dialog = page.getByRole('dialog', { name: 'Suggest schedule' });
    await dialog.waitFor();
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog')))
      .toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('suggest-open').click();
    await dialog.getByTestId('suggest-mode-replan').click();
    await dialog.getByTestId('suggest-run').click();
    const preview = dialog.getByTestId('suggest-preview');
    await preview.waitFor();
    const scoreBefore = Number(await preview.getByTestId('score-before').textContent());
    const scoreAfter = Number(await preview.getByTestId('score-after').textContent());
    expect(scoreBefore).toBe(0);
    expect(scoreAfter).toBeGreaterThan(scoreBefore);
    const added = preview.getByTestId('changes-added').getByTestId('change');
    const addedCount = await added.count();
    expect(addedCount).toBeGreaterThan(0);
    await expect(added.first().textContent()).resolves.toMatch(
      /(Biblioteket|Verkstaden) · \d\d:\d\d/,
    );
    // Times are the event's wall clock (Stockholm, UTC+1 in November).
    await expect(preview.textContent()).resolves.toMatch(/09:30|13:00/);

    // Apply: one step, the store follows live and the score is the suggested one.
    await dialog.getByTestId('suggest-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('toast')
      .filter({ hasText: 'Applied. Undo is one click away.' })
      .waitFor();
    const applied = await snapshot();
    expect(applied.placements.length).toBe(addedCount);
    expect(applied.admin?.canUndo).toBe(true);
    await expect.poll(attr(score, 'data-total')).toBe(String(scoreAfter));

    // Undo (the grid's Undo calls the same route) restores the empty grid everywhere.
    await api('POST', `${ev}/undo`, adminToken, {});
    expect((await snapshot()).placements).toEqual([]);
    await expect.poll(attr(score, 'data-total')).toBe('0');

    // A suggestion made before someone else's change is refused, and can be made again.
    await page.getByTestId('suggest-open').click();
    await dialog.getByTestId('suggest-mode-fill').click();
    await dialog.getByTestId('suggest-run').click();
    await preview.waitFor();
    const { rooms, slots } = await snapshot();
    await api('PUT', `${ev}/placements/${ids.rota}`, adminToken, {
      roomId: rooms[0]!.id,
      slotId: slots.find((s) => s.kind === 'session')!.id,
    });
    await dialog.getByTestId('suggest-apply').click();
    await dialog.getByTestId('suggest-stale').waitFor();
    await dialog.getByTestId('suggest-again').click();
    await preview.waitFor();
    await dialog.getByTestId('suggest-discard').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await snapshot()).placements.map((p) => p.proposalId)).toEqual([ids.rota]);
  });

  it('merges a duplicate from its card, and the merge can be undone from the toast', async () => {
    const { eventId, adminToken, ids, snapshot } = await seed('E2E Merge');
    const page = await openAdmin('', eventId, adminToken);
    const card = (id: string) =>
      page.locator(`[data-testid="proposal-card"][data-proposal-id="${id}"]`);
    const tally = card(ids.kanban!).getByTestId('tally');
    await expect.poll(attr(tally, 'data-dots')).toBe('5');

    await card(ids.dup!).getByTestId('merge-open').click();
    const dialog = page.getByRole('dialog', { name: 'Merge “Kanban in small teams?”' });
    const picker = dialog.getByTestId('merge-picker');
    await expect(picker.getByTestId('picker-option').count()).resolves.toBe(4);
    await picker.getByTestId('picker-search').fill('kanban');
    await expect(picker.getByTestId('picker-option').count()).resolves.toBe(1);
    await picker.getByTestId('picker-search').fill('ERIK');
    await expect(picker.getByTestId('picker-option').count()).resolves.toBe(2);
    await picker.getByTestId('picker-option').filter({ hasText: 'Kanban for small teams' }).click();
    await dialog.getByTestId('merge-next').click();
    const summary = dialog.getByTestId('merge-summary');
    await expect(summary.textContent()).resolves.toContain('capped at 3 dots per person');
    // Voter 1 had 2 + 2: 3 stay, 1 goes back; 7 dots from 3 people.
    await expect(summary.textContent()).resolves.toContain('will have 7 dots from 3 people');
    await expect(summary.textContent()).resolves.toContain('Hosts are united: Erik, Nils.');
    await dialog.getByTestId('merge-confirm').click();

    await card(ids.dup!).waitFor({ state: 'detached' });
    await expect.poll(attr(tally, 'data-dots')).toBe('7');
    const merged = await snapshot();
    expect(merged.proposals.map((p) => p.id)).not.toContain(ids.dup);

    const toast = page.getByTestId('action-toast');
    await expect(toast.textContent()).resolves.toContain(
      'Merged “Kanban in small teams?” into “Kanban for small teams”.',
    );
    await toast.getByTestId('action-toast-run').click();
    await card(ids.dup!).waitFor();
    await expect.poll(attr(tally, 'data-dots')).toBe('5');
    await page.getByTestId('toast').filter({ hasText: 'The merge is undone.' }).waitFor();
  });

  it('keeps two sessions apart from a card, and removes the pair in the grid toolbar', async () => {
    const { eventId, adminToken, ids, snapshot } = await seed('E2E Apart');
    const page = await openAdmin('', eventId, adminToken);
    const card = page.locator(`[data-testid="proposal-card"][data-proposal-id="${ids.forms}"]`);
    await card.getByTestId('avoid-open').click();
    const dialog = page.getByRole('dialog', { name: 'Not at the same time as “Accessible forms”' });
    await dialog.getByTestId('picker-option').filter({ hasText: 'Lightning demos' }).click();
    await dialog.getByTestId('avoid-with-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    const pair = [ids.forms!, ids.demos!].sort();
    await expect.poll(async () => (await snapshot()).admin?.avoidPairs).toEqual([pair]);

    // The same pair cannot be picked twice.
    await card.getByTestId('avoid-open').click();
    const again = dialog.getByTestId('picker-option').filter({ hasText: 'Lightning demos' });
    await expect(again.locator('input').isDisabled()).resolves.toBe(true);
    await expect(again.textContent()).resolves.toContain('Already kept apart');
    await page.keyboard.press('Escape');

    const grid = await openAdmin('/grid', eventId, adminToken);
    const count = grid.getByTestId('avoid-count');
    await expect.poll(() => count.textContent()).toContain('1');
    await grid.getByTestId('avoid-dialog-open').click();
    const list = grid.getByRole('dialog', { name: 'Not in parallel' });
    await expect(list.getByTestId('avoid-pair').textContent()).resolves.toContain(
      'Accessible forms',
    );

    // Add a second pair with the two pickers, then remove the first.
    await list.getByTestId('avoid-first').getByTestId('picker-search').fill('rota');
    await list.getByTestId('avoid-first').getByTestId('picker-option').click();
    await list.getByTestId('avoid-second').getByTestId('picker-search').fill('kanban for');
    await list.getByTestId('avoid-second').getByTestId('picker-option').click();
    await list.getByTestId('avoid-add').click();
    await expect.poll(() => list.getByTestId('avoid-pair').count()).toBe(2);
    await list
      .getByTestId('avoid-pair')
      .filter({ hasText: 'Accessible forms' })
      .getByTestId('avoid-pair-remove')
      .click();
    await expect.poll(() => list.getByTestId('avoid-pair').count()).toBe(1);
    await expect
      .poll(async () => (await snapshot()).admin?.avoidPairs)
      .toEqual([[ids.kanban!, ids.rota!].sort()]);
  });
});
