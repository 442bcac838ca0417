import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { describeFindings, seriousViolations } from '../support/axe';
import { phoneContext } from '../support/browser';
import { pdfPageTexts, squash } from '../support/pdf-text';
import { annasPhone, seedPhoneDay, slotTimes, type PhoneDay } from '../support/phone-day';
import { useServedBrowser } from './served-browser';

const setUp = useServedBrowser();

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** What the proceedings should list: every placed session, read back as a facilitator. */
async function expectedSessions(day: PhoneDay) {
  const snap = await setUp.served.api<Snapshot>(
    'GET',
    `/api/events/${day.eventId}`,
    day.adminToken,
  );
  return snap.placements.map((placement) => {
    const proposal = snap.proposals.find((p) => p.id === placement.proposalId)!;
    const slot = snap.slots.find((s) => s.id === placement.slotId)!;
    return {
      id: proposal.id,
      title: proposal.title,
      hosts: proposal.hosts,
      dots: proposal.dots!,
      voters: proposal.voters!,
      room: snap.rooms.find((r) => r.id === placement.roomId)!.name,
      time: slotTimes(slot),
    };
  });
}

async function openProceedings(day: PhoneDay) {
  const context = await phoneContext(setUp.browser);
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${setUp.served.url}/proceedings/${day.joinCode}`);
  await page.getByTestId('proceedings').waitFor();
  return { context, page };
}

describe('the proceedings page', () => {
  it('says the agenda is not published yet, in the event language, and lists nothing', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'Knytkonferens Malmö');
    await setUp.served.api('PATCH', `/api/events/${day.eventId}`, day.adminToken, {
      language: 'sv',
    });
    const { context, page } = await openProceedings(day);
    const notice = page.getByTestId('proceedings-unpublished');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('Schemat är inte publicerat än');
    await expect(page.getByTestId('proceedings-name').textContent()).resolves.toBe(
      'Knytkonferens Malmö',
    );
    // A Swedish event on an English phone speaks Swedish, and says so to screen readers.
    await expect(htmlLang(page)).resolves.toBe('sv');
    await expect(page.getByTestId('proceedings-session').count()).resolves.toBe(0);
    await expect(page.getByTestId('proceedings-print').count()).resolves.toBe(0);
    expect(describeFindings('proceedings, unpublished', await seriousViolations(page))).toBe('');

    // A code of no event says so, as the join page does.
    await page.goto(`${setUp.served.url}/proceedings/ZZZZZZ`);
    await page.getByText('No event has the code ZZZZZZ').waitFor();
    await context.close();
  });

  it('lists every session with its room, time, hosts and dots on a phone, and prints it whole on A4', async () => {
    const day = await seedPhoneDay(setUp.served.api, 'Knytkonferens Lund');
    await day.setPhase('live');
    const expected = await expectedSessions(day);
    expect(expected.length).toBeGreaterThanOrEqual(12);
    // Long pitches make tall sessions, so that pages must end close to or inside some of them.
    const long = Array.from(
      { length: 5 },
      (_, i) => `${i + 1}. What we tried, what broke along the way, and what we kept afterwards.`,
    ).join('\n');
    for (const s of expected.filter((_, i) => i % 2 === 0)) {
      await setUp.served.api(
        'PATCH',
        `/api/events/${day.eventId}/proposals/${s.id}`,
        day.adminToken,
        {
          description: long,
        },
      );
    }
    const { context, page } = await openProceedings(day);
    const sessions = page.getByTestId('proceedings-session');
    await sessions.first().waitFor();
    await expect(sessions.count()).resolves.toBe(expected.length);
    await expect(htmlLang(page)).resolves.toBe('en');

    for (const s of expected) {
      const card = page.locator(`[data-testid="proceedings-session"][data-session-id="${s.id}"]`);
      await expect(card.locator('.proceedings-session__title').textContent()).resolves.toBe(
        s.title,
      );
      await expect(card.getByTestId('proceedings-room').textContent()).resolves.toBe(s.room);
      await expect(card.getByTestId('proceedings-hosts').textContent()).resolves.toBe(
        `Hosted by ${s.hosts.join(', ')}`,
      );
      const dots = card.getByTestId('proceedings-dots');
      await expect(dots.getAttribute('data-dots')).resolves.toBe(String(s.dots));
      await expect(dots.getAttribute('data-voters')).resolves.toBe(String(s.voters));
      await expect(dots.textContent()).resolves.toContain(`${s.dots} dot`);
      // The slot it is in says when, on the event's clock.
      const slot = page.locator('[data-testid="proceedings-slot"]', { has: card });
      await expect(slot.getByTestId('proceedings-slot-time').textContent()).resolves.toBe(s.time);
    }
    // Slots come in time order.
    const times = await page.getByTestId('proceedings-slot-time').allTextContents();
    expect(times).toEqual([...times].sort());
    // Nothing wider than the phone.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(412);
    expect(describeFindings('proceedings', await seriousViolations(page))).toBe('');

    // On paper: no header, no button, black on white.
    const print = page.getByTestId('proceedings-print');
    await expect(print.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(print.isVisible()).resolves.toBe(false);
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    const colours = await page
      .locator('.proceedings-session__title, .proceedings-session__room')
      .evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).color))]);
    expect(colours).toEqual(['rgb(0, 0, 0)']);
    const cards = await sessions.evaluateAll((els) =>
      els.map((e) => ({
        text: (e as HTMLElement).innerText,
        avoid: getComputedStyle(e).breakInside,
      })),
    );

    const pages = pdfPageTexts(await page.pdf({ format: 'A4' }));
    // Fourteen sessions, half of them with long pitches, take more than one page of A4.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const onPages = pages.map(squash);
    for (const card of cards) {
      expect(card.avoid).toBe('avoid');
      // Each session's whole text stands on one page: none is cut in two.
      const whole = squash(card.text);
      expect(
        onPages.some((p) => p.includes(whole)),
        card.text,
      ).toBe(true);
    }
    expect(squash(pages.join(''))).not.toContain(squash('Print'));
    await context.close();
  });

  it("is linked from the phone's agenda and reads nothing private with the phone's token", async () => {
    const day = await seedPhoneDay(setUp.served.api, 'Knytkonferens Umeå');
    await day.setPhase('live');
    const { context, page } = await annasPhone(setUp.browser, setUp.served.url, day);
    const link = page.getByTestId('agenda-proceedings');
    await expect(link.getAttribute('href')).resolves.toBe(`/proceedings/${day.joinCode}`);
    const asked: { url: string; token: string | undefined }[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/api/')) {
        asked.push({ url: req.url(), token: req.headers().authorization });
      }
    });
    await link.click();
    await page.getByTestId('proceedings-session').first().waitFor();
    expect(asked.length).toBeGreaterThan(0);
    for (const request of asked) expect(request.token, request.url).toBeUndefined();
    await context.close();
  });

  it("is linked from the facilitators' export section, with the door sheets, in new tabs", async () => {
    const day = await seedPhoneDay(setUp.served.api, 'Knytkonferens Visby');
    const context = await phoneContext(setUp.browser);
    const page = await context.newPage();
    await page.goto(`${setUp.served.url}/admin/${day.eventId}#${day.adminToken}`);
    for (const [testId, path] of [
      ['export-proceedings', 'proceedings'],
      ['export-doors', 'doors'],
    ] as const) {
      const link = page.getByTestId(testId);
      await expect(link.getAttribute('href')).resolves.toBe(`/${path}/${day.joinCode}`);
      await expect(link.getAttribute('target')).resolves.toBe('_blank');
    }
    await context.close();
  });
});
