import { planDay, type DayPlan } from '../../shared/day-plan';
import type { CreateEvent, CreatedEvent } from '../../shared/schemas/event';
import type { RoomInput } from '../../shared/schemas/room';
import type { Api } from './http-api';

/** A day at a venue: 09:30–16:00 in Stockholm, 45-minute sessions, lunch at noon. */
export const VENUE_DAY: DayPlan = {
  date: '2026-11-27',
  timezone: 'Europe/Stockholm',
  firstStart: '09:30',
  lastEnd: '16:00',
  sessionMinutes: 45,
  breakMinutes: 15,
  lunch: { start: '12:00', end: '13:00' },
};

/**
 * An event as a facilitator sets one up through the API: created, its rooms added one by one
 * and a day of slots generated (09:30–16:00 style, with lunch).
 */
export async function createEventWithDay(
  api: Api,
  opts: {
    event: CreateEvent;
    rooms: readonly RoomInput[];
    day: DayPlan;
  },
) {
  const { event, adminToken } = await api<CreatedEvent>(
    'POST',
    '/api/events',
    undefined,
    opts.event,
  );
  const ev = `/api/events/${event.id}`;
  const roomIds: string[] = [];
  for (const room of opts.rooms) {
    const created = await api<{ room: { id: string } }>('POST', `${ev}/rooms`, adminToken, room);
    roomIds.push(created.room.id);
  }
  const plan = planDay(opts.day);
  if (!plan.ok) throw new Error(plan.reason);
  const { slots } = await api<{ slots: { id: string; kind: string }[] }>(
    'POST',
    `${ev}/slots/batch`,
    adminToken,
    { slots: plan.slots },
  );
  return { eventId: event.id, joinCode: event.joinCode, adminToken, roomIds, slots };
}
