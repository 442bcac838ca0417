import { describe, expect, it } from 'vitest';
import { cellKey, indexAgenda, sessionsInSlot } from '../../shared/agenda';
import { nowAndNext, slotsOfScreenDay, slotTense } from '../../shared/now-next';
import { nowOverride } from '../../client/src/lib/url-overrides';
import { at, place, proposal, room, slot } from '../support/agenda-parts';

// 09:00–09:45, 10:00–10:45, lunch 11:00–12:00, 12:00–12:45 (UTC).
const day = [
  slot('s1', '09:00', '09:45'),
  slot('s2', '10:00', '10:45'),
  slot('lunch', '11:00', '12:00', 'break'),
  slot('s3', '12:00', '12:45'),
];

describe('now and next', () => {
  it('finds the running slot and the one after it', () => {
    const nn = nowAndNext(day, at('10:05'));
    expect(nn.current?.id).toBe('s2');
    expect(nn.next?.id).toBe('lunch');
  });

  it('has no current slot before the day, between slots and after the day', () => {
    expect(nowAndNext(day, at('08:00'))).toMatchObject({ current: null, next: { id: 's1' } });
    expect(nowAndNext(day, at('09:50'))).toMatchObject({ current: null, next: { id: 's2' } });
    expect(nowAndNext(day, at('13:00'))).toEqual({ current: null, next: null });
  });

  it('treats a slot as running from its start up to, not including, its end', () => {
    expect(nowAndNext(day, at('09:00')).current?.id).toBe('s1');
    expect(nowAndNext(day, at('09:45')).current).toBeNull();
    // Back to back: the lunch has ended exactly when s3 starts.
    expect(nowAndNext(day, at('12:00'))).toMatchObject({ current: { id: 's3' }, next: null });
  });

  it('does not depend on the order the slots come in', () => {
    const shuffled = [day[3]!, day[1]!, day[0]!, day[2]!];
    expect(nowAndNext(shuffled, at('08:30')).next?.id).toBe('s1');
    expect(nowAndNext(shuffled, at('10:50')).next?.id).toBe('lunch');
  });

  it('picks the latest-started slot when slots overlap', () => {
    const overlapping = [slot('long', '09:00', '11:00'), slot('short', '10:00', '10:30')];
    expect(nowAndNext(overlapping, at('10:10')).current?.id).toBe('short');
  });

  it('labels each slot past, now, next or later', () => {
    const now = at('10:05');
    const nn = nowAndNext(day, now);
    expect(day.map((s) => slotTense(s, now, nn))).toEqual(['past', 'now', 'next', 'later']);
  });
});

describe('the projector day', () => {
  const twoDays = [
    ...day,
    {
      ...slot('d2', '09:00', '09:45'),
      startsAt: '2026-11-28T09:00:00Z',
      endsAt: '2026-11-28T09:45:00Z',
    },
  ];

  it('shows every slot of a one-day event', () => {
    expect(slotsOfScreenDay(day, at('10:00', '2026-12-24'), 'Europe/Stockholm')).toHaveLength(4);
  });

  it('shows today, else the next day with slots, else the last day', () => {
    const ids = (now: number) =>
      slotsOfScreenDay(twoDays, now, 'Europe/Stockholm').map((s) => s.id);
    expect(ids(at('10:00'))).toEqual(['s1', 's2', 'lunch', 's3']);
    expect(ids(at('10:00', '2026-11-26'))).toEqual(['s1', 's2', 'lunch', 's3']);
    expect(ids(at('10:00', '2026-11-28'))).toEqual(['d2']);
    expect(ids(at('10:00', '2026-12-01'))).toEqual(['d2']);
  });

  it('decides the day on the event’s wall clock, not in UTC', () => {
    // 23:30 UTC on the 27th is already the 28th in Stockholm.
    const ids = slotsOfScreenDay(twoDays, at('23:30'), 'Europe/Stockholm').map((s) => s.id);
    expect(ids).toEqual(['d2']);
  });
});

describe('the fixed "now" for tests and screenshots', () => {
  it('reads an ISO instant from ?now=', () => {
    expect(nowOverride('?now=2026-11-27T10:05:00Z')).toBe(at('10:05'));
    expect(nowOverride('?lang=sv&now=2026-11-27T11:05:00%2B01:00')).toBe(at('10:05'));
  });

  it('ignores a missing or unreadable value', () => {
    expect(nowOverride('')).toBeNull();
    expect(nowOverride('?now=')).toBeNull();
    expect(nowOverride('?now=soon')).toBeNull();
  });
});

describe('the agenda index', () => {
  const rooms = [room('b', 1), room('a', 0)];
  const proposals = [proposal('p1'), proposal('p2'), proposal('p3')];

  it('puts each placed proposal in its cell', () => {
    const index = indexAgenda({
      slots: day,
      proposals,
      placements: [place('p1', 's1', 'a'), place('p2', 's1', 'b')],
    });
    expect(index.get(cellKey('s1', 'a'))?.id).toBe('p1');
    expect(index.get(cellKey('s1', 'b'))?.id).toBe('p2');
    expect(index.size).toBe(2);
  });

  it('leaves out placements of unknown proposals or slots, and in breaks', () => {
    const index = indexAgenda({
      slots: day,
      proposals,
      placements: [
        place('hidden', 's1', 'a'),
        place('p1', 'deleted-slot', 'a'),
        place('p2', 'lunch', 'a'),
        place('p3', 's2', 'a'),
      ],
    });
    expect([...index.keys()]).toEqual([cellKey('s2', 'a')]);
  });

  it('lists a slot’s sessions in room order, skipping empty rooms', () => {
    const index = indexAgenda({
      slots: day,
      proposals,
      placements: [place('p1', 's1', 'b'), place('p2', 's1', 'a'), place('p3', 's2', 'b')],
    });
    const inFirst = sessionsInSlot('s1', rooms, index);
    expect(inFirst.map((s) => [s.room.id, s.proposal.id])).toEqual([
      ['a', 'p2'],
      ['b', 'p1'],
    ]);
    expect(sessionsInSlot('s2', rooms, index).map((s) => s.room.id)).toEqual(['b']);
    expect(sessionsInSlot('lunch', rooms, index)).toEqual([]);
  });
});
