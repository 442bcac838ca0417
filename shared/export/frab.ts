import type { FrabEvent, FrabSchedule } from '../schemas/frab';
import type { Slot } from '../schemas/slot';
import type { ExportSource } from './export-source';
import { hoursMinutes, wallClock } from './local-time';
import { publishedAgenda, type PublishedSession } from './published-agenda';
import { sessionGuid, stableIntegers, stableUuid } from './stable-ids';

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
  const { rooms, roomNames: names, slots, shown, sessions } = publishedAgenda(source);
  const ids = stableIntegers(shown.map((p) => `${event.id}/${p.id}`));
  const acronym = slugify(event.name);

  const frabEvent = ({ slot, roomName, proposal }: PublishedSession): FrabEvent => {
    const start = wallClock(Date.parse(slot.startsAt), tz);
    const id = ids.get(`${event.id}/${proposal.id}`)!;
    return {
      id,
      guid: sessionGuid(event.id, proposal.id),
      date: start.iso,
      start: start.time,
      duration: hoursMinutes(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)),
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
    };
  };

  const byDay = new Map<string, Slot[]>();
  for (const slot of slots) {
    const date = wallClock(Date.parse(slot.startsAt), tz).date;
    byDay.set(date, [...(byDay.get(date) ?? []), slot]);
  }
  const days = [...byDay].map(([date, daySlots], i) => {
    const inDay = new Set(daySlots.map((s) => s.id));
    const perRoom = new Map(rooms.map((r) => [names.get(r.id)!, [] as FrabEvent[]]));
    for (const s of sessions) {
      if (inDay.has(s.slot.id)) perRoom.get(s.roomName)!.push(frabEvent(s));
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
