import { zonedDate } from './zoned-time';

/** What the now/next logic needs of a slot: when it runs. */
export interface Timed {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface NowNext<S extends Timed> {
  /** The slot running at `now`; the latest-starting one if slots overlap. */
  current: S | null;
  /** The first slot that starts after `now`. */
  next: S | null;
}

/** Where a slot stands against `now`: over, running, the very next one, or further ahead. */
export type SlotTense = 'past' | 'now' | 'next' | 'later';

const startOf = (s: Timed) => Date.parse(s.startsAt);
const endOf = (s: Timed) => Date.parse(s.endsAt);

/** The slot running now and the one after it. `now` is passed in so tests and screens agree. */
export function nowAndNext<S extends Timed>(slots: readonly S[], now: number): NowNext<S> {
  let current: S | null = null;
  let next: S | null = null;
  for (const slot of slots) {
    const start = startOf(slot);
    if (start <= now && now < endOf(slot)) {
      if (!current || start > startOf(current)) current = slot;
    } else if (start > now && (!next || start < startOf(next))) {
      next = slot;
    }
  }
  return { current, next };
}

export function slotTense<S extends Timed>(slot: S, now: number, nn: NowNext<S>): SlotTense {
  if (slot.id === nn.current?.id) return 'now';
  if (slot.id === nn.next?.id) return 'next';
  return endOf(slot) <= now ? 'past' : 'later';
}

/**
 * The day a projector shows when the event spans several: today's slots (on the event's wall
 * clock), else the next day that has any, else the last one. Returns that day's slots.
 */
export function slotsOfScreenDay<S extends Timed>(
  slots: readonly S[],
  now: number,
  timeZone: string,
): S[] {
  const dayOf = (s: S) => zonedDate(startOf(s), timeZone);
  const days = [...new Set(slots.map(dayOf))].sort();
  if (days.length <= 1) return [...slots];
  const today = zonedDate(now, timeZone);
  const day = days.find((d) => d >= today) ?? days[days.length - 1];
  return slots.filter((s) => dayOf(s) === day);
}
