/**
 * Screenshots of replacing the admin link for docs/screenshots: the question under "Admin link
 * for a co-facilitator" and the set-up page back with the new link, on a laptop (1280×800) and
 * a phone (412×915).
 *
 *   node --import tsx scripts/screenshots-admin-link.ts [--out DIR]
 */
import type { CreatedEvent } from '../shared/schemas/event';
import { laptopContext, phoneContext } from '../tests/support/browser';
import { runScreenshots, shot } from './screenshot-run';

await runScreenshots(async (served, browser) => {
  for (const [device, open] of [
    ['laptop', laptopContext],
    ['phone', phoneContext],
  ] as const) {
    const { event, adminToken } = await served.api<CreatedEvent>('POST', '/api/events', undefined, {
      name: 'Knytkonferens 2026',
      date: '2026-11-27',
    });
    const context = await open(browser);
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${served.url}/admin/${event.id}#${adminToken}`);
    const details = page.getByTestId('admin-link-details');
    await details.locator('summary').click();
    const renew = page.getByTestId('renew-admin-link');
    await renew.getByRole('button', { name: 'New admin link' }).click();
    await renew.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, `${device}-new-admin-link`);

    await renew.locator('.button--danger').click();
    await page.getByText('New admin link made').waitFor();
    await details.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, `${device}-new-admin-link-done`);
    await context.close();
  }
});
