/**
 * A session's notes page (issue 10 §1) for docs/screenshots: the day of the phone's tests,
 * published, with a few notes, on Anna's phone (412×915) as she writes, then opened again
 * without a network.
 *
 *   node --import tsx scripts/screenshots-notes.ts [--out DIR]
 */
import type { Snapshot } from '../shared/schemas/snapshot';
import { phoneContext } from '../tests/support/browser';
import { keepParticipantToken } from '../tests/support/device-token';
import { seedPhoneDay } from '../tests/support/phone-day';
import { runScreenshots, shot } from './screenshot-run';

await runScreenshots(async (served, browser) => {
  const day = await seedPhoneDay(served.api);
  await day.setPhase('live');
  const snap = await served.api<Snapshot>('GET', `/api/events/${day.eventId}`);
  const sessionId = snap.placements[0]!.proposalId;
  const notes = `/api/events/${day.eventId}/proposals/${sessionId}/notes`;
  const join = (name: string) =>
    served.api<{ token: string }>('POST', '/api/join', undefined, { joinCode: day.joinCode, name });
  const bo = await join('Bo Lindqvist');
  const sara = await join('Sara');
  await served.api('POST', notes, bo.token, {
    text: 'Slides and the links we shared: https://example.org/local-first-slides',
  });
  await served.api('POST', notes, day.anna, {
    text: 'Three takeaways:\n1. Start with one shared list\n2. Sync later, not first\n3. Test on bad Wi-Fi',
  });
  await served.api('POST', notes, sara.token, {
    text: 'We want a follow-up session next year, hands-on this time.',
  });
  await served.api('POST', notes, day.adminToken, { text: 'Room booked again for 14:00.' });

  const context = await phoneContext(browser);
  await keepParticipantToken(context, day.eventId, day.anna);
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${served.url}/notes/${day.joinCode}/${sessionId}`);
  await page.getByTestId('note').first().waitFor();
  await page.getByTestId('qr').waitFor();
  await shot(page, 'notes-phone');

  // The Wi-Fi goes; she opens the page again: the device's copy, marked offline.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(
    (key) => localStorage.getItem(key) !== null,
    `knyta:notes:${day.joinCode}:${sessionId}`,
  );
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('note').first().waitFor();
  await page.getByText('Offline – as of').waitFor();
  await shot(page, 'notes-phone-offline');
  await context.close();
});
