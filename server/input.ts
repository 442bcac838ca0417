import {
  checkCalendarDate,
  checkSlotTimes,
  FIRST_YEAR,
  LAST_YEAR,
  MAX_SLOT_MS,
} from '../shared/calendar';
import { checkName, checkOptionalName, checkText, type TextCheck } from '../shared/text-input';
import { HttpError } from './http-error';

/**
 * The shared checks of what people type, as the API answers them: the cleaned value, or a 400
 * whose message names the field and what is wrong with it. The schemas have already checked
 * types and lengths.
 */
const badRequest = (message: string) => new HttpError(400, 'bad_request', message);

function cleaned(field: string, result: TextCheck): string {
  if (result.ok) return result.value;
  if (result.problem === 'blank') throw badRequest(`${field} is empty`);
  throw badRequest(
    `${field} contains ${result.char}, a control or text-direction character that is not text`,
  );
}

/** `field` starts a sentence: "The room name". */
export const nameInput = (field: string, raw: string) => cleaned(field, checkName(raw));
export const optionalNameInput = (field: string, raw: string) =>
  cleaned(field, checkOptionalName(raw));
export const textInput = (field: string, raw: string) => cleaned(field, checkText(raw));

export function dateInput(date: string): string {
  const result = checkCalendarDate(date);
  if (result.ok) return date;
  throw badRequest(
    result.problem === 'not_a_day'
      ? `${date} is not a day of the calendar`
      : `${date} is outside the years ${FIRST_YEAR}–${LAST_YEAR}`,
  );
}

const SLOT_MESSAGES = {
  not_an_instant: 'A slot’s start or end is not a moment in time',
  out_of_range: `A slot must lie within the years ${FIRST_YEAR}–${LAST_YEAR}`,
  not_after_start: 'A slot must end after it starts',
  too_long: `A slot may last at most ${MAX_SLOT_MS / 3_600_000} hours`,
};

/** A slot's start and end as instants, or `400 invalid_time_range` saying what is wrong. */
export function slotTimesInput(startsAt: Date, endsAt: Date) {
  const result = checkSlotTimes(startsAt.getTime(), endsAt.getTime());
  if (!result.ok) throw new HttpError(400, 'invalid_time_range', SLOT_MESSAGES[result.problem]);
  return { startsAt, endsAt };
}
