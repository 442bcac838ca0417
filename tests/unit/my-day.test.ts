import { describe, expect, it } from 'vitest';
import { myDay, type MyDayInput } from '../../shared/my-day';
import { at, place, proposal, room, slot } from '../support/agenda-parts';

// Three rooms; s1 09:00, s2 10:00, lunch 11:00, s3 12:00 (UTC).
const rooms = [room('aula', 0), room('lilla', 1), room('kök', 2)];
const slots = [
  slot('s3', '12:00', '12:45'),
  slot('s1', '09:00', '09:45'),
  slot('lunch', '11:00', '12:00', 'break'),
  slot('s2', '10:00', '10:45'),
];
const mine = { ...proposal('hosted'), authorId: 'me' };
const proposals = ['a', 'b', 'c', 'd', 'e'].map(proposal).concat(mine);
const placements = [
  place('b', 's1', 'lilla'),
  place('a', 's1', 'aula'),
  place('c', 's1', 'kök'),
  place('d', 's3', 'aula'),
  place('hosted', 's2', 'lilla'),
  place('e', 's2', 'aula'),
];
const input = (over: Partial<MyDayInput>): MyDayInput => ({
  slots,
  rooms,
  proposals,
  placements,
  starred: [],
  participantId: 'me',
  now: at('08:00'),
  ...over,
});
const brief = (entries: ReturnType<typeof myDay>) =>
  entries.map((e) => [e.proposal.id, e.room.id, e.tense, e.clash]);

describe('myDay', () => {
  it('lists my starred and hosted sessions by time, then room, clashes marked', () => {
    const day = myDay(input({ starred: ['d', 'b', 'a'] }));
    expect(brief(day)).toEqual([
      ['a', 'aula', 'next', true],
      ['b', 'lilla', 'next', true],
      ['hosted', 'lilla', 'later', false],
      ['d', 'aula', 'later', false],
    ]);
    expect(day.map((e) => [e.starred, e.hosting])).toEqual([
      [true, false],
      [true, false],
      [false, true],
      [true, false],
    ]);
  });

  it('marks my own session as clashing with a star beside it: a host cannot leave', () => {
    const day = myDay(input({ starred: ['e'] }));
    expect(brief(day)).toEqual([
      ['e', 'aula', 'next', true],
      ['hosted', 'lilla', 'next', true],
    ]);
  });

  it('says now and next over my slots only: the next slot with nothing of mine is skipped', () => {
    const day = myDay(input({ starred: ['a', 'd'], now: at('09:10') }));
    expect(brief(day)).toEqual([
      ['a', 'aula', 'now', false],
      ['hosted', 'lilla', 'next', false],
      ['d', 'aula', 'later', false],
    ]);
    const later = myDay(input({ starred: ['a', 'd'], participantId: null, now: at('09:50') }));
    expect(brief(later)).toEqual([
      ['a', 'aula', 'past', false],
      ['d', 'aula', 'next', false],
    ]);
  });

  it('leaves out stars on sessions that are not on the agenda, and is empty without any', () => {
    expect(myDay(input({ starred: ['nowhere', 'hidden'], participantId: 'x' }))).toEqual([]);
    const hidden = proposals.map((p) => (p.id === 'e' ? { ...p, hidden: true } : p));
    // The phone gets no hidden proposals, and a placement without its proposal shows nothing.
    const shown = hidden.filter((p) => !p.hidden);
    expect(brief(myDay(input({ proposals: shown, starred: ['e'] })))).toEqual([
      ['hosted', 'lilla', 'next', false],
    ]);
  });
});
