import type { SlotInput } from './schemas/slot';
import { parseTimeOfDay, zonedToUtc } from './zoned-time';

export interface DayPlan {
  date: string;
  timezone: string;
  firstStart: string;
  lastEnd: string;
  sessionMinutes: number;
  breakMinutes: number;
  lunch?: { start: string; end: string } | null;
  lunchLabel?: string;
}

export type DayPlanResult = { ok: true; slots: SlotInput[] } | { ok: false; reason: DayPlanError };
export type DayPlanError = 'bad_time' | 'bad_length' | 'empty_day';

/**
 * Turns "09:30–16:00, 45-minute sessions, 15-minute breaks, lunch 12:00–13:00" into slots. Short
 * breaks are gaps between slots; lunch becomes a break slot so it shows on the grid.
 */
export function planDay(plan: DayPlan): DayPlanResult {
  const start = parseTimeOfDay(plan.firstStart);
  const end = parseTimeOfDay(plan.lastEnd);
  const lunchStart = plan.lunch ? parseTimeOfDay(plan.lunch.start) : null;
  const lunchEnd = plan.lunch ? parseTimeOfDay(plan.lunch.end) : null;
  if (start === null || end === null || end <= start) return { ok: false, reason: 'bad_time' };
  if (plan.lunch && (lunchStart === null || lunchEnd === null || lunchEnd <= lunchStart)) {
    return { ok: false, reason: 'bad_time' };
  }
  const session = plan.sessionMinutes;
  const gap = plan.breakMinutes;
  if (!Number.isInteger(session) || session < 5 || !Number.isInteger(gap) || gap < 0) {
    return { ok: false, reason: 'bad_length' };
  }

  const minutes: { from: number; to: number; kind: 'session' | 'break' }[] = [];
  let lunchDone = lunchStart === null;
  let t = start;
  while (t + session <= end) {
    if (!lunchDone && lunchStart !== null && lunchEnd !== null && t + session > lunchStart) {
      minutes.push({ from: lunchStart, to: lunchEnd, kind: 'break' });
      lunchDone = true;
      t = Math.max(t, lunchEnd);
      continue;
    }
    minutes.push({ from: t, to: t + session, kind: 'session' });
    t += session + gap;
  }
  if (!lunchDone && lunchStart !== null && lunchEnd !== null && lunchEnd <= end) {
    minutes.push({ from: lunchStart, to: lunchEnd, kind: 'break' });
  }
  if (!minutes.some((m) => m.kind === 'session')) return { ok: false, reason: 'empty_day' };

  const iso = (m: number) => new Date(zonedToUtc(plan.date, m, plan.timezone)).toISOString();
  return {
    ok: true,
    slots: minutes.map((m) => ({
      startsAt: iso(m.from),
      endsAt: iso(m.to),
      kind: m.kind,
      ...(m.kind === 'break' ? { label: plan.lunchLabel ?? 'Lunch' } : {}),
    })),
  };
}
