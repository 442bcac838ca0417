/**
 * What people type, made ready to store and show: trimmed, and refused where it holds
 * characters that are not text. Used by the server on every name and text it stores, and by
 * the client's forms for instant feedback.
 */

export type TextCheck =
  | { ok: true; value: string }
  | { ok: false; problem: 'blank' }
  /** `char` names the first bad character, e.g. "U+202E". */
  | { ok: false; problem: 'not_text'; char: string };

/**
 * Never in a name: control characters (C0 such as NUL and newline, DEL, C1), lone surrogate
 * halves, line and paragraph separators, and the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which make a title on the projector read in another
 * order than it was typed.
 */
const NOT_IN_NAME = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
/** A longer text (a description) may also hold line breaks and tabs. */
const NOT_IN_TEXT = /[^\P{Cc}\t\n]|[\p{Cs}\u202A-\u202E\u2066-\u2069]/u;

function check(raw: string, forbidden: RegExp, allowBlank: boolean): TextCheck {
  const value = raw.trim();
  const bad = forbidden.exec(value)?.[0];
  if (bad !== undefined) {
    const hex = bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, problem: 'not_text', char: `U+${hex}` };
  }
  if (!allowBlank && value === '') return { ok: false, problem: 'blank' };
  return { ok: true, value };
}

/** A name or title that must say something: an event, a room, a proposal, a host. */
export const checkName = (raw: string): TextCheck => check(raw, NOT_IN_NAME, false);

/** A one-line text that may be left empty: a slot's label, a room's notes, a display name. */
export const checkOptionalName = (raw: string): TextCheck => check(raw, NOT_IN_NAME, true);

/** A longer text that may be empty and have several lines (Windows line ends become "\n"). */
export const checkText = (raw: string): TextCheck =>
  check(raw.replace(/\r\n?/g, '\n'), NOT_IN_TEXT, true);
