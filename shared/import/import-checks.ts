import { checkCalendarDate, checkSlotTimes, FIRST_YEAR, LAST_YEAR, MAX_SLOT_MS } from '../calendar';
import { checkName, checkOptionalName, checkText, type TextCheck } from '../text-input';
import { isValidTimeZone } from '../zoned-time';
import { refuse } from './import-plan';

/** The API's rules for what people type and for times, as an import names the place it broke. */

function cleaned(where: string, result: TextCheck): string {
  if (result.ok) return result.value;
  if (result.problem === 'blank') return refuse(where, 'is empty');
  return refuse(
    where,
    `contains ${result.char}, a control or text-direction character that is not text`,
  );
}

export const nameAt = (where: string, raw: string) => cleaned(where, checkName(raw));
export const optionalNameAt = (where: string, raw: string) =>
  cleaned(where, checkOptionalName(raw));
export const textAt = (where: string, raw: string) => cleaned(where, checkText(raw));

export function dateAt(where: string, date: string): string {
  const result = checkCalendarDate(date);
  if (result.ok) return date;
  return refuse(
    where,
    result.problem === 'not_a_day'
      ? `${date} is not a day of the calendar`
      : `${date} is outside the years ${FIRST_YEAR}–${LAST_YEAR}`,
  );
}

export function timezoneAt(where: string, timezone: string): string {
  return isValidTimeZone(timezone) ? timezone : refuse(where, `unknown time zone "${timezone}"`);
}

const SLOT_PROBLEMS = {
  not_an_instant: 'the start or end is not a moment in time',
  out_of_range: `a slot must lie within the years ${FIRST_YEAR}–${LAST_YEAR}`,
  not_after_start: 'a slot must end after it starts',
  too_long: `a slot may last at most ${MAX_SLOT_MS / 3_600_000} hours`,
};

export function slotTimesAt(where: string, startsAt: number, endsAt: number) {
  const result = checkSlotTimes(startsAt, endsAt);
  return result.ok ? { startsAt, endsAt } : refuse(where, SLOT_PROBLEMS[result.problem]);
}
