import { describe, expect, it } from 'vitest';
import { planDay } from '../../shared/day-plan';
import { zonedToUtc } from '../../shared/zoned-time';

const at = (iso: string) => new Date(iso).toISOString();

describe('planDay', () => {
  it('plans 09:30–16:00 with 45-minute sessions, 15-minute breaks and lunch 12:00–13:00', () => {
    const result = planDay({
      date: '2026-11-27',
      timezone: 'Europe/Stockholm',
      firstStart: '09:30',
      lastEnd: '16:00',
      sessionMinutes: 45,
      breakMinutes: 15,
      lunch: { start: '12:00', end: '13:00' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Stockholm is UTC+1 in November.
    // Stockholm is UTC+1 in November. 11:30–12:15 would run into lunch, so lunch comes first.
    expect(result.slots.map((s) => [s.startsAt, s.endsAt, s.kind])).toEqual([
      [at('2026-11-27T08:30:00Z'), at('2026-11-27T09:15:00Z'), 'session'],
      [at('2026-11-27T09:30:00Z'), at('2026-11-27T10:15:00Z'), 'session'],
      [at('2026-11-27T11:00:00Z'), at('2026-11-27T12:00:00Z'), 'break'],
      [at('2026-11-27T12:00:00Z'), at('2026-11-27T12:45:00Z'), 'session'],
      [at('2026-11-27T13:00:00Z'), at('2026-11-27T13:45:00Z'), 'session'],
      [at('2026-11-27T14:00:00Z'), at('2026-11-27T14:45:00Z'), 'session'],
    ]);
    expect(result.slots[2]?.label).toBe('Lunch');
  });

  it('refuses an empty or backwards day', () => {
    const plan = {
      date: '2026-11-27',
      timezone: 'UTC',
      firstStart: '10:00',
      lastEnd: '10:30',
      sessionMinutes: 45,
      breakMinutes: 15,
    };
    expect(planDay(plan)).toEqual({ ok: false, reason: 'empty_day' });
    expect(planDay({ ...plan, lastEnd: '09:00' })).toEqual({ ok: false, reason: 'bad_time' });
    expect(planDay({ ...plan, firstStart: '25:00' })).toEqual({ ok: false, reason: 'bad_time' });
    expect(planDay({ ...plan, lastEnd: '12:00', sessionMinutes: 0 })).toEqual({
      ok: false,
      reason: 'bad_length',
    });
  });
});

describe('zonedToUtc', () => {
  it('follows daylight saving time', () => {
    expect(new Date(zonedToUtc('2026-07-01', 9 * 60, 'Europe/Stockholm')).toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(new Date(zonedToUtc('2026-01-15', 9 * 60, 'America/New_York')).toISOString()).toBe(
      '2026-01-15T14:00:00.000Z',
    );
  });
});
