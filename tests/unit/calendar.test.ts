import { describe, expect, it } from 'vitest';
import { checkCalendarDate, checkSlotTimes, MAX_SLOT_MS } from '../../shared/calendar';

const at = (iso: string) => Date.parse(iso);

describe('calendar dates', () => {
  it('accepts the days that exist, leap days in leap years included', () => {
    for (const day of ['2026-11-27', '2026-01-31', '2028-02-29', '2000-02-29', '2099-12-31']) {
      expect(checkCalendarDate(day)).toEqual({ ok: true });
    }
  });

  it('refuses days that do not exist', () => {
    for (const day of [
      '2026-02-29',
      '2100-02-29',
      '2026-02-31',
      '2026-04-31',
      '2026-99-99',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '0000-00-00',
      '2026-1-1',
      '27/11/2026',
    ]) {
      expect(checkCalendarDate(day), day).toEqual({ ok: false, problem: 'not_a_day' });
    }
  });

  it('refuses days outside this century', () => {
    for (const day of ['0001-01-01', '1999-12-31', '2100-01-01', '9999-12-31']) {
      expect(checkCalendarDate(day), day).toEqual({ ok: false, problem: 'out_of_range' });
    }
  });
});

describe('slot times', () => {
  const start = at('2026-11-27T09:00:00Z');

  it('accepts a slot that ends after it starts and lasts at most a day', () => {
    expect(checkSlotTimes(start, start + 45 * 60_000)).toEqual({ ok: true });
    expect(checkSlotTimes(start, start + MAX_SLOT_MS)).toEqual({ ok: true });
  });

  it('says what is wrong with one that does not', () => {
    const problem = (s: number, e: number) => {
      const r = checkSlotTimes(s, e);
      return r.ok ? null : r.problem;
    };
    expect(problem(Number.NaN, start)).toBe('not_an_instant');
    expect(problem(start, start)).toBe('not_after_start');
    expect(problem(start, start - 1)).toBe('not_after_start');
    expect(problem(start, start + MAX_SLOT_MS + 1)).toBe('too_long');
    expect(problem(at('0001-01-01T00:00:00Z'), at('9999-12-31T00:00:00Z'))).toBe('out_of_range');
    expect(problem(at('1999-12-31T23:00:00Z'), at('2000-01-01T01:00:00Z'))).toBe('out_of_range');
    expect(problem(at('2099-12-31T23:00:00Z'), at('2100-01-01T01:00:00Z'))).toBe('out_of_range');
  });
});
