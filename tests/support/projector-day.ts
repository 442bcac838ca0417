import type { Language } from '../../shared/languages';
import { createEventWithDay } from './event-setup';
import type { Api } from './http-api';
import { REALISTIC_PITCHES } from './realistic-pitches';
import { SWEDISH_PITCHES } from './realistic-pitches-sv';

/** Twelve rooms of a big venue, with the names people give them. */
export const PROJECTOR_ROOMS = [
  'Aula',
  'Biblioteket',
  'Verkstaden',
  'Glasrummet',
  'Stora salen',
  'Tornet',
  'Kaféet',
  'Ateljén',
  'Lilla hörsalen',
  'Trädgårdsrummet',
  'Rum 204',
  'Konferensrum Norr',
];

/** 13:15 in Stockholm on the day: four slots and lunch are over, the fifth slot runs. */
export const PROJECTOR_NOON = '2026-11-27T12:15:00Z';

export interface PlacedSession {
  title: string;
  hosts: string[];
  slotId: string;
  roomId: string;
}

/**
 * A big Open Space through the API, its agenda drafted but not out: up to 12 rooms × 10
 * session slots (08:30–17:50 in Stockholm, lunch 12:00–13:00) and a pitch for every cell,
 * Swedish and English titles taking turns. `publishAgenda` places them all and goes live.
 * The event is Swedish unless `language` says otherwise; its pages speak it to every browser.
 */
export async function seedProjectorDay(
  api: Api,
  opts: { rooms?: number; language?: Language } = {},
) {
  const {
    eventId,
    joinCode,
    adminToken,
    roomIds: rooms,
    slots,
  } = await createEventWithDay(api, {
    event: {
      name: 'Knytkonferens Göteborg 2026',
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      language: opts.language ?? 'sv',
    },
    rooms: PROJECTOR_ROOMS.slice(0, opts.rooms ?? 12).map((name) => ({ name, capacity: 30 })),
    day: {
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      firstStart: '08:30',
      lastEnd: '18:00',
      sessionMinutes: 40,
      breakMinutes: 10,
      lunch: { start: '12:00', end: '13:00' },
      lunchLabel: 'Lunch',
    },
  });
  const sessionSlots = slots.filter((s) => s.kind === 'session').map((s) => s.id);

  const pitches = SWEDISH_PITCHES.flatMap((sv, i) => [sv, REALISTIC_PITCHES[i]!]);
  const placed = new Map<string, PlacedSession>();
  const ids: string[] = [];
  for (const [i, pitch] of pitches.slice(0, rooms.length * sessionSlots.length).entries()) {
    const { proposal } = await api<{ proposal: { id: string } }>(
      'POST',
      `/api/events/${eventId}/proposals`,
      adminToken,
      pitch,
    );
    ids.push(proposal.id);
    const slotId = sessionSlots[Math.floor(i / rooms.length)]!;
    const roomId = rooms[i % rooms.length]!;
    placed.set(proposal.id, { title: pitch.title, hosts: pitch.hosts, slotId, roomId });
  }
  return {
    eventId,
    joinCode,
    adminToken,
    rooms,
    sessionSlots,
    proposalIds: ids,
    placed,
  };
}

export type ProjectorDay = Awaited<ReturnType<typeof seedProjectorDay>>;

/** Every pitch into its cell, and the agenda out. */
export async function publishAgenda(api: Api, day: ProjectorDay) {
  const ev = `/api/events/${day.eventId}`;
  for (const [id, cell] of day.placed) {
    await api('PUT', `${ev}/placements/${id}`, day.adminToken, {
      roomId: cell.roomId,
      slotId: cell.slotId,
    });
  }
  await api('PATCH', ev, day.adminToken, { phase: 'live' });
}
