import { zoneOffsetMs } from '../zoned-time';

/** Instants as the event's wall clock shows them, for the files people and apps read. */

const pad = (n: number) => String(n).padStart(2, '0');

/** "+01:00" for one hour ahead of UTC. */
function offsetText(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** 2026-11-27T09:30:00+01:00 */
  iso: string;
}

export function wallClock(ms: number, timeZone: string): WallClock {
  const offset = zoneOffsetMs(ms, timeZone);
  const local = new Date(ms + offset).toISOString();
  return {
    date: local.slice(0, 10),
    time: local.slice(11, 16),
    iso: `${local.slice(0, 19)}${offsetText(offset)}`,
  };
}

/** A duration as "HH:MM" (frab's form): 45 minutes → "00:45". */
export function hoursMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
