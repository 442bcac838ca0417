import type { Page } from 'playwright-core';
import { keyOf } from '../../client/src/offline/stored-snapshot';
import type { Snapshot } from '../../shared/schemas/snapshot';

/**
 * Waits until a phone could reopen the event offline showing what `holds` checks: its service
 * worker is ready (it registers a while after load) and its stored copy of the event (saved a
 * few seconds after a change) satisfies `holds`.
 */
export async function waitForStoredCopy(
  page: Page,
  eventId: string,
  holds: (snapshot: Snapshot) => boolean,
  timeoutMs = 15_000,
): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await page.evaluate((key) => localStorage.getItem(key), keyOf(eventId));
    const stored = text ? (JSON.parse(text) as { snapshot?: Snapshot }) : null;
    if (stored?.snapshot && holds(stored.snapshot)) return;
    if (Date.now() > deadline) {
      throw new Error(`the stored copy of event ${eventId} never showed what the test waits for`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
