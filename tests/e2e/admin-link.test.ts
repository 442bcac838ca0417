// A new admin link from the set-up page: the page carries on with the new key and says so, the
// link it shows is the new one, and a co-facilitator's page open on the old link is told it no
// longer works.
import { describe, expect, it } from 'vitest';
import type { CreatedEvent } from '../../shared/schemas/event';
import { describeFindings, seriousViolations } from '../support/axe';
import { laptopContext } from '../support/browser';
import { useServedBrowser } from './served-browser';

const setUp = useServedBrowser();

describe('a new admin link', () => {
  it('replaces the old one on every page: this one reloads with it, the others are shut out', async () => {
    const { event, adminToken: old } = await setUp.served.api<CreatedEvent>(
      'POST',
      '/api/events',
      undefined,
      { name: 'E2E Ny länk' },
    );
    const openDesk = async () => {
      const page = await (await laptopContext(setUp.browser)).newPage();
      await page.goto(`${setUp.served.url}/admin/${event.id}#${old}`);
      await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
      await page.getByTestId('admin-proposals').waitFor();
      return page;
    };
    const desk = await openDesk();
    const coDesk = await openDesk();

    const details = desk.getByTestId('admin-link-details');
    await details.locator('summary').click();
    await expect(desk.getByTestId('admin-link').inputValue()).resolves.toContain(`#${old}`);
    const renew = desk.getByTestId('renew-admin-link');
    await renew.getByRole('button', { name: 'New admin link' }).click();
    await expect(renew.getByRole('group').textContent()).resolves.toContain(
      'The current link stops working for everyone who has it',
    );
    const findings = await seriousViolations(desk);
    expect(findings, describeFindings('asking for a new admin link', findings)).toEqual([]);
    await renew.locator('.button--danger').click();

    // Back with the new key, the link open to copy, and a word that the old one is gone.
    await desk.getByText('New admin link made: the old one no longer works.').waitFor();
    await desk.locator('[data-testid="connection"][data-status="live"]').waitFor();
    await expect(details.getAttribute('open')).resolves.not.toBeNull();
    const fresh = new URL(await desk.getByTestId('admin-link').inputValue()).hash.slice(1);
    expect(fresh).not.toBe(old);
    expect(fresh.length).toBeGreaterThan(20);
    await expect(
      desk.evaluate((id) => localStorage.getItem(`knyta:admin:${id}`), event.id),
    ).resolves.toBe(fresh);

    // The co-facilitator's page, open on the old link, is told it no longer works.
    await coDesk.getByText('It may have been replaced by a new one').waitFor({ timeout: 15_000 });
    // The old link opens nothing; the new one opens the board.
    await coDesk.goto(`${setUp.served.url}/admin/${event.id}#${old}`);
    await coDesk.getByText('This admin link does not work for this event.').waitFor();
    await coDesk.goto(`${setUp.served.url}/admin/${event.id}#${fresh}`);
    await coDesk.getByTestId('admin-proposals').waitFor();
    await desk.context().close();
    await coDesk.context().close();
  });
});
