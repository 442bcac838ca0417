import type { Browser, BrowserContext, Page } from 'playwright-core';
import { phoneContext } from './browser';
import { recordNetwork, type NetworkEntry } from './network-log';

/** What one visit transferred: until the proposals showed, and once the socket was live too. */
export interface Visit {
  untilProposals: NetworkEntry[];
  untilLive: NetworkEntry[];
}

/**
 * PRODUCT.md: a phone's first load stays under 60 KB (counted until the proposals show); a
 * second visit, with scripts and styles cached, until the socket is live. A kilobyte read as
 * 1,000 bytes, the stricter of its two readings: 60,000 and 25,000 bytes.
 */
export const PHONE_BUDGET = { cold: 60_000, warm: 25_000 };

export const bytesOf = (entries: readonly NetworkEntry[]) =>
  entries.reduce((sum, e) => sum + e.bytes, 0);

const SHOWN_AT = '__knytaProposalsShownAt';

/** Notes in the page the wall-clock moment the first proposal card enters the DOM. */
function markProposalsShown(key: string) {
  const store = window as unknown as Record<string, number>;
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="proposal-card"]')) {
      store[key] = Date.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function visit(context: BrowserContext, page: Page, open: () => Promise<void>) {
  const network = await recordNetwork(context, page);
  await open();
  await page.getByTestId('proposal-card').first().waitFor();
  const shownAt = await page.evaluate(
    (key) => (window as unknown as Record<string, number>)[key]!,
    SHOWN_AT,
  );
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
  await network.settled();
  const visit: Visit = { untilProposals: network.entries(shownAt), untilLive: network.entries() };
  await network.detach();
  return visit;
}

/**
 * A phone scans the QR code on a cold cache, joins and sees the proposals; later it opens
 * the QR link again (same browser, warm cache) and goes straight to the event.
 */
export async function phoneVisits(browser: Browser, url: string, joinCode: string) {
  const context = await phoneContext(browser);
  try {
    await context.addInitScript(markProposalsShown, SHOWN_AT);
    const first = await context.newPage();
    const cold = await visit(context, first, async () => {
      await first.goto(`${url}/join/${joinCode}`);
      await first.getByTestId('join-submit').click();
    });
    await first.close();

    // This phone joined before: the join page sends it on to the event.
    const second = await context.newPage();
    const warm = await visit(context, second, async () => {
      await second.goto(`${url}/join/${joinCode}`);
    });
    return { cold, warm };
  } finally {
    await context.close();
  }
}
