/**
 * `npm run bench:phone`: what a phone transfers when it follows the QR code. Builds the client
 * if needed, serves the real app on a free port, seeds a big event (60 proposals, 40 voters),
 * then in Chromium as a 412×915 phone opens /join/<code> on a cold cache, joins and waits for
 * the proposals; then visits again with a warm cache. Bytes are what Chrome's network layer
 * counted (CDP encodedDataLength: headers and body as sent) plus WebSocket frames.
 *
 *   npm run bench:phone
 */
import { ensureClientBuilt } from '../tests/e2e/build-client';
import { serveApp } from '../tests/e2e/serve';
import { launchBrowser } from '../tests/support/browser';
import type { NetworkEntry } from '../tests/support/network-log';
import { bytesOf, PHONE_BUDGET, phoneVisits } from '../tests/support/phone-visits';
import { seedRealisticEvent } from '../tests/support/realistic-event';

const { cold: COLD_BUDGET, warm: WARM_BUDGET } = PHONE_BUDGET;

const inBytes = (bytes: number) => `${bytes.toLocaleString('en-US')} bytes`;

function printTable(title: string, entries: readonly NetworkEntry[], origin: string) {
  console.log(`\n${title}`);
  console.log('| request | type | status | encoding | bytes |');
  console.log('|---|---|---:|---|---:|');
  for (const e of entries) {
    const path = e.url.replace(origin, '').replace(/^ws:\/\/[^/]+/, '');
    const shown = path.length > 60 ? `${path.slice(0, 57)}…` : path;
    const row = [shown, e.type, e.status ?? '', e.encoding ?? '', e.bytes];
    console.log(`| ${row.join(' | ')} |`);
  }
  console.log(`| **total** (${entries.length} requests) | | | | **${bytesOf(entries)}** |`);
}

await ensureClientBuilt();
const served = await serveApp();
const browser = await launchBrowser();
try {
  const event = await seedRealisticEvent(served.api);
  const snapshot = await fetch(`${served.url}/api/events/${event.eventId}`, {
    headers: { 'accept-encoding': 'identity' },
  });
  console.log(`Event: 60 proposals, public snapshot ${(await snapshot.text()).length} B of JSON`);

  const { cold, warm } = await phoneVisits(browser, served.url, event.joinCode);
  printTable('First visit, cold cache, until the proposals show', cold.untilProposals, served.url);
  printTable(
    'First visit, until the socket is live and the network quiet',
    cold.untilLive,
    served.url,
  );
  printTable('Second visit, warm cache, until the socket is live', warm.untilLive, served.url);

  const coldBytes = bytesOf(cold.untilProposals);
  const warmBytes = bytesOf(warm.untilLive);
  console.log('\n| visit | bytes | budget |');
  console.log('|---|---:|---:|');
  console.log(
    `| first, until the proposals show | ${inBytes(coldBytes)} | ${inBytes(COLD_BUDGET)} |`,
  );
  console.log(`| first, until the socket is live | ${inBytes(bytesOf(cold.untilLive))} | |`);
  console.log(`| second, until the proposals show | ${inBytes(bytesOf(warm.untilProposals))} | |`);
  console.log(
    `| second, until the socket is live | ${inBytes(warmBytes)} | ${inBytes(WARM_BUDGET)} |`,
  );
  if (coldBytes > COLD_BUDGET || warmBytes > WARM_BUDGET) {
    console.log('\nOver budget.');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await served.close();
}
