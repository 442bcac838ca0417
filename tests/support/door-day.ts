import { createEventWithDay, VENUE_DAY } from './event-setup';
import type { Api } from './http-api';
import { seedPhoneDay } from './phone-day';
import { REALISTIC_PITCHES } from './realistic-pitches';

/**
 * The phone's day (three rooms, five session slots and lunch, fourteen pitches) with a
 * plenary to open it, published: what the door sheets' tests and screenshots print.
 */
export async function seedDoorDay(api: Api, name = 'Knytkonferens Göteborg 2026') {
  const day = await seedPhoneDay(api, name);
  await api('POST', `/api/events/${day.eventId}/slots`, day.adminToken, {
    startsAt: '2026-11-27T08:00:00.000Z',
    endsAt: '2026-11-27T08:20:00.000Z',
    kind: 'plenary',
    label: 'Welcome and marketplace',
  });
  await day.setPhase('live');
  return day;
}

/**
 * A long day in one room, published: ten sessions and lunch, 08:30–17:00, every slot of the
 * first room taken, the second room left open. More than fits a door sheet at full size.
 */
export async function seedLongDay(api: Api) {
  const day = await createEventWithDay(api, {
    event: {
      name: 'Knytkonferens Kiruna',
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      language: 'en',
    },
    rooms: [
      { name: 'Stora salen', capacity: 80 },
      { name: 'Lilla salen', capacity: 20 },
    ],
    day: {
      ...VENUE_DAY,
      firstStart: '08:30',
      lastEnd: '17:00',
      sessionMinutes: 40,
      breakMinutes: 5,
      lunch: { start: '12:15', end: '13:00' },
    },
  });
  const ev = `/api/events/${day.eventId}`;
  const sessionSlots = day.slots.filter((s) => s.kind === 'session');
  for (const [i, slot] of sessionSlots.entries()) {
    const { proposal } = await api<{ proposal: { id: string } }>(
      'POST',
      `${ev}/proposals`,
      day.adminToken,
      REALISTIC_PITCHES[i]!,
    );
    await api('PUT', `${ev}/placements/${proposal.id}`, day.adminToken, {
      roomId: day.roomIds[0],
      slotId: slot.id,
    });
  }
  await api('PATCH', ev, day.adminToken, { phase: 'live' });
  return { ...day, sessions: sessionSlots.length };
}
