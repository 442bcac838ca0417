import type { Slot } from '../../../shared/schemas/slot';
import {
  groupByDay,
  parseTimeOfDay,
  zonedDate,
  zonedToUtc,
  zoneOffsetMs,
} from '../../../shared/zoned-time';

export interface SlotDay {
  /** YYYY-MM-DD on the event's wall clock. */
  date: string;
  slots: Slot[];
}

/** Slots in time order, grouped by the event-local day they start on. */
export function groupSlotsByDay(slots: readonly Slot[], timeZone: string): SlotDay[] {
  const sorted = [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return groupByDay(sorted, timeZone).map(({ date, items }) => ({ date, slots: items }));
}

/** The event-local wall-clock time of an instant as "HH:MM", for time inputs. */
export function zonedTimeOfDay(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return new Date(ms + zoneOffsetMs(ms, timeZone)).toISOString().slice(11, 16);
}

/** Today on the event's wall clock. */
export const todayIn = (timeZone: string) => zonedDate(Date.now(), timeZone);

/** Event-local date and "HH:MM" → an ISO instant, or null when the time is not valid. */
export function zonedIso(date: string, time: string, timeZone: string): string | null {
  const minutes = parseTimeOfDay(time);
  if (minutes === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return new Date(zonedToUtc(date, minutes, timeZone)).toISOString();
}
