/** No 0/O, 1/I/L: a code read off a projector must not be ambiguous. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** Builds a code from random integers supplied by the caller (the server owns randomness). */
export function joinCodeFrom(randomInts: readonly number[]): string {
  if (randomInts.length < JOIN_CODE_LENGTH)
    throw new Error('need one random integer per character');
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInts[i]! % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

/** Accepts what people type: lower case, spaces and dashes. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
