import { indexAgenda, sessionsInSlot } from '../agenda';
import type { FrabEvent, FrabSchedule } from '../schemas/frab';
import type { Room } from '../schemas/room';
import type { Slot } from '../schemas/slot';
import type { ExportSource } from './export-source';
import { hoursMinutes, wallClock } from './local-time';
import { stableIntegers, stableUuid } from './stable-ids';

/**
 * The published agenda as a frab `schedule.json`, the file conference apps (Giggity,
 * EventFahrplan) load. Only placed sessions that are not hidden; breaks and plenaries have no
 * room, so they are not events here. docs/api.md lists the mapping.
 */

/** Lower-case ASCII words joined by dashes: "Öppen data & AI" → "oppen-data-ai". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'event';
}

/** frab keys rooms by name: two rooms called alike become "Aula" and "Aula (2)". */
function roomNames(rooms: readonly Room[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Map<string, number>();
  for (const room of rooms) {
    const n = (used.get(room.name) ?? 0) + 1;
    used.set(room.name, n);
    names.set(room.id, n === 1 ? room.name : `${room.name} (${n})`);
  }
  return names;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The grain of the day's clock in minutes, e.g. 15 for slots at :00, :15, :30 and :45. */
function timeslotMinutes(slots: readonly Slot[]): number {
  let g = 60;
  for (const s of slots) {
    for (const ms of [Date.parse(s.startsAt), Date.parse(s.endsAt)]) {
      g = gcd(g, Math.round(ms / 60_000) % 60);
    }
  }
  return Math.max(g, 5);
}

export function buildFrabSchedule(source: ExportSource & { version: number }): FrabSchedule {
  const { event } = source;
  const tz = event.timezone;
  const rooms = [...source.rooms].sort((a, b) => a.position - b.position);
  const names = roomNames(rooms);
  const slots = [...source.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const shown = source.proposals.filter((p) => !p.hidden);
  const index = indexAgenda({ slots, proposals: shown, placements: source.placements });
  const ids = stableIntegers(shown.map((p) => `${event.id}/${p.id}`));
  const acronym = slugify(event.name);

  const byDay = new Map<string, Slot[]>();
  for (const slot of slots) {
    const date = wallClock(Date.parse(slot.startsAt), tz).date;
    byDay.set(date, [...(byDay.get(date) ?? []), slot]);
  }
  const days = [...byDay].map(([date, daySlots], i) => {
    const perRoom = new Map(rooms.map((r) => [names.get(r.id)!, [] as FrabEvent[]]));
    for (const slot of daySlots) {
      const start = wallClock(Date.parse(slot.startsAt), tz);
      const duration = hoursMinutes(Date.parse(slot.endsAt) - Date.parse(slot.startsAt));
      for (const { room, proposal } of sessionsInSlot(slot.id, rooms, index)) {
        const roomName = names.get(room.id)!;
        const id = ids.get(`${event.id}/${proposal.id}`)!;
        perRoom.get(roomName)!.push({
          id,
          guid: stableUuid(`knyta:${event.id}:${proposal.id}`),
          date: start.iso,
          start: start.time,
          duration,
          room: roomName,
          slug: `${acronym}-${id}-${slugify(proposal.title)}`,
          url: null,
          title: proposal.title,
          subtitle: '',
          track: null,
          type: proposal.format,
          language: event.language,
          abstract: proposal.description,
          description: '',
          persons: proposal.hosts.map((name) => ({ name, public_name: name })),
          links: [],
          attachments: [],
        });
      }
    }
    return {
      index: i,
      date,
      day_start: wallClock(Date.parse(daySlots[0]!.startsAt), tz).iso,
      day_end: wallClock(Math.max(...daySlots.map((s) => Date.parse(s.endsAt))), tz).iso,
      rooms: Object.fromEntries(perRoom),
    };
  });

  const firstDay = days[0]?.date ?? event.date ?? event.createdAt.slice(0, 10);
  return {
    schedule: {
      version: String(source.version),
      conference: {
        acronym,
        title: event.name,
        start: firstDay,
        end: days.at(-1)?.date ?? firstDay,
        daysCount: days.length,
        timeslot_duration: hoursMinutes(timeslotMinutes(slots) * 60_000),
        time_zone_name: tz,
        rooms: rooms.map((r) => ({
          name: names.get(r.id)!,
          guid: stableUuid(`knyta:${event.id}:room:${r.id}`),
        })),
        days,
      },
    },
  };
}
