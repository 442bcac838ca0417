import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Phase } from '../../shared/phases';
import { describeFindings, seriousViolations } from '../support/axe';
import { laptopContext, phoneContext, screenContext } from '../support/browser';
import { keepParticipantToken } from '../support/device-token';
import {
  PROJECTOR_NOON,
  publishAgenda,
  seedProjectorDay,
  type ProjectorDay,
} from '../support/projector-day';
import { spreadDots } from '../support/realistic-event';
import { useServedBrowser } from './served-browser';

const app = useServedBrowser();
let day: ProjectorDay;
/** A participant who voted, so her phone shows her dots and, later, her sessions. */
let anna: string;

beforeAll(async () => {
  day = await seedProjectorDay(app.served.api, { rooms: 6, language: 'en' });
  await spreadDots(app.served.api, { ...day, voters: 20 });
  ({ token: anna } = await app.served.api<{ token: string }>('POST', '/api/join', undefined, {
    joinCode: day.joinCode,
    name: 'Anna',
  }));
  for (const id of day.proposalIds.slice(0, 2)) {
    await app.served.api('PUT', `/api/events/${day.eventId}/proposals/${id}/vote`, anna, {
      dots: 2,
    });
  }
});

const setPhase = (phase: Phase) =>
  app.served.api('PATCH', `/api/events/${day.eventId}`, day.adminToken, { phase });

type Device = 'phone' | 'laptop' | 'projector';

/** A view to check: where it is, on what, and what to wait for (or do) before checking. */
interface View {
  name: string;
  device: Device;
  path: string;
  ready: (page: Page) => Promise<unknown>;
  /** Anna's token on the device (without it, the join page asks to join). */
  asAnna?: boolean;
}

const contextFor = (device: Device) =>
  device === 'phone'
    ? phoneContext(app.browser)
    : device === 'laptop'
      ? laptopContext(app.browser)
      : screenContext(app.browser, { width: 1920, height: 1080 });

const live = (page: Page) =>
  page.locator('[data-testid="connection"][data-status="live"]').waitFor();

/** Anna's phone (or laptop) on the event at 13:15 on the day, the morning over. */
const participant = (name: string, ready: View['ready'], device: Device = 'phone'): View => ({
  name,
  device,
  asAnna: true,
  path: `/e/${day.eventId}?now=${PROJECTOR_NOON}`,
  ready: async (page) => {
    await live(page);
    await ready(page);
  },
});

const projector = (phase: Phase, shows: string): View => ({
  name: `projector (${phase})`,
  device: 'projector',
  path: `/screen/${day.joinCode}?now=${PROJECTOR_NOON}`,
  ready: async (page) => {
    await page.locator(`[data-testid="screen"][data-phase="${phase}"]`).waitFor();
    await page.getByTestId(shows).first().waitFor();
  },
});

const facilitator = (
  name: string,
  path: '' | '/grid',
  ready: View['ready'],
  device: Device,
): View => ({
  name,
  device,
  path: `/admin/${day.eventId}${path}#${day.adminToken}`,
  ready: async (page: Page) => {
    await live(page);
    await ready(page);
  },
});

const testId = (id: string) => (page: Page) => page.getByTestId(id).first().waitFor();

/** Opens each view in a fresh context and returns one readable report of all its findings. */
async function audit(views: View[]): Promise<string> {
  const reports: string[] = [];
  for (const view of views) {
    const context = await contextFor(view.device);
    try {
      if (view.asAnna) await keepParticipantToken(context, day.eventId, anna);
      const page = await context.newPage();
      await page.goto(app.served.url + view.path);
      await view.ready(page);
      reports.push(describeFindings(view.name, await seriousViolations(page)));
    } finally {
      await context.close();
    }
  }
  return reports.filter(Boolean).join('\n');
}

describe('no serious or critical axe findings', () => {
  it('on the home and join pages', async () => {
    const home = testId('create-event-form');
    await expect(
      audit([
        { name: 'home, phone', device: 'phone', path: '/', ready: home },
        { name: 'home, laptop', device: 'laptop', path: '/', ready: home },
        {
          name: 'join, phone',
          device: 'phone',
          path: `/join/${day.joinCode}`,
          ready: testId('join-event-name'),
        },
      ]),
    ).resolves.toBe('');
  });

  it('while proposing: participant, pitch form, set-up page and projector', async () => {
    const cards = testId('proposal-card');
    await expect(
      audit([
        participant('participant (proposing), phone', cards),
        participant('pitch form, phone', async (page) => {
          await page.getByTestId('pitch-open').click();
          await page.getByTestId('pitch-form').waitFor();
        }),
        facilitator('set-up, laptop', '', testId('rooms-section'), 'laptop'),
        facilitator('set-up, phone', '', testId('rooms-section'), 'phone'),
        projector('proposing', 'leaderboard-item'),
      ]),
    ).resolves.toBe('');
  });

  it('while voting: participant and projector', async () => {
    await setPhase('voting');
    await expect(
      audit([
        participant('participant (voting), phone', testId('proposal-card')),
        projector('voting', 'leaderboard-item'),
      ]),
    ).resolves.toBe('');
  });

  it('while scheduling: participant, grid, suggest dialog and projector', async () => {
    await setPhase('scheduling');
    await expect(
      audit([
        participant('participant (scheduling), phone', testId('proposal-card')),
        facilitator('grid, laptop', '/grid', testId('grid-cell'), 'laptop'),
        facilitator(
          'suggest dialog, laptop',
          '/grid',
          async (page) => {
            await page.getByTestId('suggest-open').click();
            await page.getByRole('dialog').waitFor();
          },
          'laptop',
        ),
        projector('scheduling', 'screen-building'),
      ]),
    ).resolves.toBe('');
  });

  it('when live, with the morning over: agenda by time and by room, grid and projector', async () => {
    await publishAgenda(app.served.api, day);
    const nowNext = testId('now-next');
    await expect(
      audit([
        participant('agenda (live), phone', nowNext),
        participant('agenda by room (live), phone', (page) =>
          page.getByRole('button', { name: 'By room' }).click(),
        ),
        participant('agenda (live), laptop', nowNext, 'laptop'),
        facilitator('grid (live), laptop', '/grid', testId('grid-cell'), 'laptop'),
        projector('live', 'screen-cell'),
      ]),
    ).resolves.toBe('');
  });

  it('when closed: agenda and projector, every past session readable', async () => {
    await setPhase('closed');
    await expect(
      audit([
        participant('agenda (closed), phone', testId('agenda')),
        projector('closed', 'screen-cell'),
      ]),
    ).resolves.toBe('');
  });
});
