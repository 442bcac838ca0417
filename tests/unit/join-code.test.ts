import { describe, expect, it } from 'vitest';
import {
  isJoinCode,
  JOIN_CODE_ALPHABET,
  joinCodeFrom,
  normalizeJoinCode,
} from '../../shared/join-code';

describe('join codes', () => {
  it('has no ambiguous characters', () => {
    for (const c of '0O1IL') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it('builds six characters from the alphabet', () => {
    const code = joinCodeFrom([0, 1, 2, 30, 31, 1000]);
    expect(code).toHaveLength(6);
    expect(isJoinCode(code)).toBe(true);
    expect(code).toBe('234Z2' + JOIN_CODE_ALPHABET[1000 % JOIN_CODE_ALPHABET.length]);
  });

  it('accepts what people type', () => {
    expect(normalizeJoinCode(' ab-c 234 ')).toBe('ABC234');
    expect(isJoinCode('ABC23')).toBe(false);
    expect(isJoinCode('ABC10O')).toBe(false);
  });
});
