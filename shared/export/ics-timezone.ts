import { zonedDate, zonedToUtc, zoneOffsetMs } from '../zoned-time';
import { paramValue, utcStamp } from './ics-text';

/**
 * The event's time zone in iCalendar (RFC 5545 §3.6.5): times as its wall clock with a TZID,
 * and a VTIMEZONE that spells out its offsets, computed with Intl, so that a calendar that
 * does not know the zone's name still shows every session at the right instant.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, '0');

/** 20261127T100000: the wall clock at `ms` under `offsetMs` (a "local time", §3.3.5). */
const wallStamp = (ms: number, offsetMs: number) => utcStamp(ms + offsetMs).slice(0, 15);

/** An offset as §3.3.14 writes it: +0100, -0330, +054500; zero is +0000. */
export function utcOffset(offsetMs: number): string {
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  const rest = seconds % 60;
  const hhmm = `${pad(Math.floor(seconds / 3600))}${pad(Math.floor(seconds / 60) % 60)}`;
  return `${offsetMs < 0 ? '-' : '+'}${hhmm}${rest ? pad(rest) : ''}`;
}

/** Whether the wall clock at `ms` shows this time twice, under two offsets. */
function isAmbiguous(ms: number, offsetMs: number, timeZone: string): boolean {
  // Offsets change at most once in 12 hours, so the neighbours' offsets are the candidates.
  const neighbours = [
    zoneOffsetMs(ms - 12 * HOUR, timeZone),
    zoneOffsetMs(ms + 12 * HOUR, timeZone),
  ];
  return neighbours.some(
    (other) => other !== offsetMs && zoneOffsetMs(ms + offsetMs - other, timeZone) === other,
  );
}

/**
 * A DATE-TIME property on the event's clock: `DTSTART;TZID=Europe/Stockholm:20261127T100000`.
 * A wall-clock time that occurs twice (the hour repeated when summer time ends) is written as
 * a UTC instant instead: RFC 5545 reads it as the first occurrence, but readers differ
 * (ical.js takes the second).
 */
export function zonedProperty(name: string, ms: number, timeZone: string): string {
  const offset = zoneOffsetMs(ms, timeZone);
  if (isAmbiguous(ms, offset, timeZone)) return `${name}:${utcStamp(ms)}`;
  return `${name};TZID=${paramValue(timeZone)}:${wallStamp(ms, offset)}`;
}

export interface ZoneTransition {
  /** The first instant (a whole minute) under the new offset. */
  at: number;
  from: number;
  to: number;
}

/** The zone's changes of offset in [fromMs, toMs): day by day, then to the minute. */
export function zoneTransitions(timeZone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const found: ZoneTransition[] = [];
  let before = zoneOffsetMs(fromMs, timeZone);
  for (let day = fromMs; day < toMs; day += DAY) {
    const next = Math.min(day + DAY, toMs);
    const after = zoneOffsetMs(next, timeZone);
    if (after === before) continue;
    let [lo, hi] = [day, next];
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (zoneOffsetMs(mid, timeZone) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: before, to: after });
    before = after;
  }
  return found;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', at: number, from: number, to: number) {
  return [
    `BEGIN:${kind}`,
    // The onset as the clock showed it before the change (§3.6.5).
    `DTSTART:${wallStamp(at, from)}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ];
}

/**
 * Finding a year's changes asks Intl some 400 times (about 5 ms); a zone's offsets do not
 * change while the process runs, and calendar apps poll the feed all day: keep the answer.
 */
const built = new Map<string, readonly string[]>();
const MAX_BUILT = 32;

/**
 * The VTIMEZONE for the whole years, on the zone's clock, from `firstMs` to `lastMs`: the
 * offset at the start of the first year, then each change as a one-off observance. A change
 * that puts the clock forward is summer time (DAYLIGHT), one that puts it back STANDARD: that
 * holds in both hemispheres without a table of zones.
 */
export function vtimezone(timeZone: string, firstMs: number, lastMs: number): readonly string[] {
  const year = (ms: number) => Number(zonedDate(ms, timeZone).slice(0, 4));
  const [firstYear, endYear] = [year(firstMs), year(lastMs) + 1];
  const key = `${timeZone} ${firstYear} ${endYear}`;
  const known = built.get(key);
  if (known) return known;
  const from = zonedToUtc(`${firstYear}-01-01`, 0, timeZone);
  const to = zonedToUtc(`${endYear}-01-01`, 0, timeZone);
  const start = zoneOffsetMs(from, timeZone);
  const changes = zoneTransitions(timeZone, from, to);
  const kind = (a: number, b: number) => (b > a ? 'DAYLIGHT' : 'STANDARD');
  // Before the first change the clock is on the other kind of time than that change brings.
  const first = changes[0] ? kind(changes[0].to, changes[0].from) : 'STANDARD';
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(first, from, start, start),
    ...changes.flatMap((c) => observance(kind(c.from, c.to), c.at, c.from, c.to)),
    'END:VTIMEZONE',
  ];
  if (built.size >= MAX_BUILT) built.delete(built.keys().next().value!);
  built.set(key, lines);
  return lines;
}
