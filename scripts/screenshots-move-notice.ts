/**
 * "Your session moved" on a phone (issue 9 §2), for docs/screenshots: the facilitator moves
 * the session Anna put three dots on to another room and time, and takes the one she pitched
 * off the agenda, while her phone (412×915) shows the live agenda.
 *
 *   node --import tsx scripts/screenshots-move-notice.ts [--out DIR]
 */
import type { Snapshot } from '../shared/schemas/snapshot';
import { annasPhone, seedPhoneDay } from '../tests/support/phone-day';
import { runScreenshots, shot } from './screenshot-run';

await runScreenshots(async (served, browser) => {
  const day = await seedPhoneDay(served.api);
  await day.setPhase('live');
  const ev = `/api/events/${day.eventId}`;
  const { context, page } = await annasPhone(browser, served.url, day, {
    viewport: { width: 412, height: 915 },
  });
  await page.getByTestId('agenda-item').first().waitFor();
  const grid = await served.api<Snapshot>('GET', ev, day.adminToken);
  const [voted, pitched] = [day.proposalIds[1]!, day.proposalIds[2]!];
  const from = grid.placements.find((p) => p.proposalId === voted)!;
  const slot = grid.slots.find((s) => s.kind === 'session' && s.id !== from.slotId)!;
  const room = grid.rooms.find((r) => r.id !== from.roomId)!;
  await served.api('PUT', `${ev}/placements/${voted}`, day.adminToken, {
    roomId: room.id,
    slotId: slot.id,
    swap: true,
  });
  if (grid.placements.some((p) => p.proposalId === pitched)) {
    await served.api('DELETE', `${ev}/placements/${pitched}`, day.adminToken);
  }
  await page.locator('[data-testid="move-notice"]').first().waitFor();
  await shot(page, 'move-notice-phone');
  await context.close();
});
