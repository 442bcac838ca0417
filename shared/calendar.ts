/**
 * Which days and times an event may have. Any event planned with Knyta happens in this century:
 * a year outside it is a typo (0000, 9999), and refusing it keeps the grid, the agenda and the
 * calendar export from showing nonsense.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** A slot is a session, a break or a plenary: even a whole day of it fits in this. */
export const MAX_SLOT_MS = 24 * 60 * 60 * 1000;

const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1);
const END_MS = Date.UTC(LAST_YEAR + 1, 0, 1);

export type DateProblem = 'not_a_day' | 'out_of_range';

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A YYYY-MM-DD that names a day that exists (2026-02-29 does not), within the years above. */
export function checkCalendarDate(
  text: string,
): { ok: true } | { ok: false; problem: DateProblem } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { ok: false, problem: 'not_a_day' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (days === undefined || day < 1 || day > days) return { ok: false, problem: 'not_a_day' };
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: 'out_of_range' };
  return { ok: true };
}

export type SlotTimesProblem = 'not_an_instant' | 'out_of_range' | 'not_after_start' | 'too_long';

/** A slot's start and end (milliseconds): real instants, in range, in order, at most a day. */
export function checkSlotTimes(
  startsAt: number,
  endsAt: number,
): { ok: true } | { ok: false; problem: SlotTimesProblem } {
  if (!Number.isFinite(startsAt) || !Number.isFinite(endsAt)) {
    return { ok: false, problem: 'not_an_instant' };
  }
  const inRange = (ms: number) => ms >= FIRST_MS && ms < END_MS;
  if (!inRange(startsAt) || !inRange(endsAt)) return { ok: false, problem: 'out_of_range' };
  if (endsAt <= startsAt) return { ok: false, problem: 'not_after_start' };
  if (endsAt - startsAt > MAX_SLOT_MS) return { ok: false, problem: 'too_long' };
  return { ok: true };
}
