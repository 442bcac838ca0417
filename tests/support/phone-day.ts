import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Phase } from '../../shared/phases';
import { phoneContext } from './browser';
import { createEventWithDay, VENUE_DAY } from './event-setup';
import type { Api } from './http-api';
import { spreadDots } from './realistic-event';
import { REALISTIC_PITCHES } from './realistic-pitches';

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A slot's time as the pages show it on the day's clock (Stockholm): "09:30–10:15". */
export const slotTimes = (slot: { startsAt: string; endsAt: string }) =>
  `${clock.format(new Date(slot.startsAt))}–${clock.format(new Date(slot.endsAt))}`;

/** 10:50 in Stockholm on the day: the second session runs, the third is next. */
export const PHONE_DAY_NOW = '2026-11-27T09:50:00Z';

/**
 * One participant's day through the API, for the phone's tests and screenshots: three rooms,
 * a day of slots, fourteen pitches with a dozen voters' dots, and Anna, who pitched one and
 * put four of her five dots on two sessions. `setPhase` moves the event on; going live places
 * the sessions with the most dots first, room by room and slot by slot.
 */
export async function seedPhoneDay(api: Api, name = 'Knytkonferens Göteborg 2026') {
  const day = await createEventWithDay(api, {
    event: { name, date: '2026-11-27', timezone: 'Europe/Stockholm', language: 'en' },
    rooms: [
      { name: 'Biblioteket', capacity: 40 },
      { name: 'Verkstaden', capacity: 16 },
      { name: 'Glasrummet', capacity: 10 },
    ],
    day: VENUE_DAY,
  });
  const ev = `/api/events/${day.eventId}`;
  const anna = await api<{ token: string }>('POST', '/api/join', undefined, {
    joinCode: day.joinCode,
    name: 'Anna',
  });
  const proposalIds: string[] = [];
  for (const [i, pitch] of REALISTIC_PITCHES.slice(0, 14).entries()) {
    // Anna pitched the third; the facilitators typed in the rest from the wall.
    const token = i === 2 ? anna.token : day.adminToken;
    const { proposal } = await api<{ proposal: { id: string } }>(
      'POST',
      `${ev}/proposals`,
      token,
      pitch,
    );
    proposalIds.push(proposal.id);
  }
  await spreadDots(api, { ...day, proposalIds, voters: 12 });
  await api('PUT', `${ev}/proposals/${proposalIds[1]}/vote`, anna.token, { dots: 3 });
  await api('PUT', `${ev}/proposals/${proposalIds[6]}/vote`, anna.token, { dots: 1 });

  const sessionSlots = day.slots.filter((s) => s.kind === 'session').map((s) => s.id);
  async function placeAll() {
    const { proposals } = await api<{ proposals: { id: string; dots: number }[] }>(
      'GET',
      ev,
      day.adminToken,
    );
    const ranked = [...proposals].sort((a, b) => b.dots - a.dots);
    for (const [i, p] of ranked.slice(0, day.roomIds.length * sessionSlots.length).entries()) {
      await api('PUT', `${ev}/placements/${p.id}`, day.adminToken, {
        roomId: day.roomIds[i % day.roomIds.length],
        slotId: sessionSlots[Math.floor(i / day.roomIds.length)],
      });
    }
  }

  return {
    ...day,
    anna: anna.token,
    proposalIds,
    async setPhase(phase: Phase) {
      if (phase === 'live') await placeAll();
      await api('PATCH', ev, day.adminToken, { phase });
    },
  };
}

export type PhoneDay = Awaited<ReturnType<typeof seedPhoneDay>>;

/**
 * Anna's phone, already joined (her token on the device), at PHONE_DAY_NOW on the day.
 * `prepare` runs on the new context before the event's page first opens (init scripts).
 */
export async function annasPhone(
  browser: Browser,
  url: string,
  day: PhoneDay,
  opts: {
    viewport?: { width: number; height: number };
    locale?: string;
    prepare?: (context: BrowserContext) => Promise<unknown>;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser, opts.locale);
  await opts.prepare?.(context);
  await context.addInitScript(
    ([key, token]) => localStorage.setItem(key!, token!),
    [`knyta:participant:${day.eventId}`, day.anna],
  );
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  if (opts.viewport) await page.setViewportSize(opts.viewport);
  await page.goto(`${url}/e/${day.eventId}?now=${PHONE_DAY_NOW}`);
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor();
  return { context, page };
}
