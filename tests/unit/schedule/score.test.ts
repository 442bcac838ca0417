import { describe, expect, it } from 'vitest';
import type { ScheduleInstance, SchedulePlacement } from '../../../shared/schedule/instance';
import { scoreSchedule } from '../../../shared/schedule/score';

const at = (sessionId: string, roomId: string, slotId: string): SchedulePlacement => ({
  sessionId,
  roomId,
  slotId,
});

function instance(parts: Partial<ScheduleInstance>): ScheduleInstance {
  return {
    rooms: [
      { id: 'r1', capacity: 10 },
      { id: 'r2', capacity: 10 },
      { id: 'r3', capacity: 10 },
    ],
    slots: [{ id: 't1' }, { id: 't2' }],
    sessions: ['a', 'b', 'c'].map((id) => ({ id, hosts: [] })),
    votes: [],
    ...parts,
  };
}

describe('scoreSchedule', () => {
  it('honours, per voter and slot, only the biggest vote among parallel sessions', () => {
    const votes = [
      { voterId: 'v1', sessionId: 'a', dots: 3 },
      { voterId: 'v1', sessionId: 'b', dots: 1 },
      { voterId: 'v1', sessionId: 'c', dots: 2 },
      { voterId: 'v2', sessionId: 'a', dots: 1 },
      { voterId: 'v2', sessionId: 'b', dots: 2 },
    ];
    const placements = [at('a', 'r1', 't1'), at('b', 'r2', 't1'), at('c', 'r1', 't2')];
    // v1: max(3, 1) in t1 + 2 in t2; v2: max(1, 2) in t1.
    expect(scoreSchedule(instance({ votes }), placements)).toEqual({
      honoured: 7,
      overflow: 0,
      avoid: 0,
      total: 7,
    });
  });

  it('honours every vote when the sessions run in different slots', () => {
    const votes = [
      { voterId: 'v1', sessionId: 'a', dots: 3 },
      { voterId: 'v1', sessionId: 'b', dots: 2 },
    ];
    const placements = [at('a', 'r1', 't1'), at('b', 'r1', 't2')];
    expect(scoreSchedule(instance({ votes }), placements).total).toBe(5);
  });

  it('charges overflow per voter beyond the room, not per dot', () => {
    const rooms = [
      { id: 'r1', capacity: 1 },
      { id: 'r2', capacity: 3 },
    ];
    const votes = [
      { voterId: 'v1', sessionId: 'a', dots: 1 },
      { voterId: 'v2', sessionId: 'a', dots: 1 },
      { voterId: 'v3', sessionId: 'a', dots: 3 },
      { voterId: 'v1', sessionId: 'b', dots: 1 },
      { voterId: 'v4', sessionId: 'b', dots: 3 },
    ];
    const placements = [at('a', 'r1', 't1'), at('b', 'r2', 't2')];
    // honoured: v1 1 + 1, v2 1, v3 3, v4 3 = 9; overflow: a has 3 voters in room for 1.
    expect(scoreSchedule(instance({ rooms, votes }), placements)).toEqual({
      honoured: 9,
      overflow: 2,
      avoid: 0,
      total: 7,
    });
    // The same sessions the other way round: a fits, b has 2 voters in room for 1.
    const swapped = [at('a', 'r2', 't1'), at('b', 'r1', 't2')];
    expect(scoreSchedule(instance({ rooms, votes }), swapped)).toMatchObject({
      overflow: 1,
      total: 8,
    });
  });

  it('counts overflow even when the room holds zero people', () => {
    const rooms = [{ id: 'r1', capacity: 0 }];
    const votes = [
      { voterId: 'v1', sessionId: 'a', dots: 2 },
      { voterId: 'v2', sessionId: 'a', dots: 2 },
    ];
    expect(scoreSchedule(instance({ rooms, votes }), [at('a', 'r1', 't1')])).toEqual({
      honoured: 4,
      overflow: 2,
      avoid: 0,
      total: 2,
    });
  });

  it('takes 10 points per avoid-pair that runs in the same slot', () => {
    const votes = [
      { voterId: 'v1', sessionId: 'a', dots: 2 },
      { voterId: 'v2', sessionId: 'b', dots: 3 },
      { voterId: 'v3', sessionId: 'c', dots: 1 },
    ];
    const avoidParallel: [string, string][] = [
      ['a', 'b'],
      ['a', 'c'],
      ['c', 'b'],
    ];
    const split = [at('a', 'r1', 't1'), at('b', 'r2', 't1'), at('c', 'r1', 't2')];
    expect(scoreSchedule(instance({ votes, avoidParallel }), split)).toEqual({
      honoured: 6,
      overflow: 0,
      avoid: 1,
      total: -4,
    });
    const together = [at('a', 'r1', 't1'), at('b', 'r2', 't1'), at('c', 'r3', 't1')];
    expect(scoreSchedule(instance({ votes, avoidParallel }), together)).toEqual({
      honoured: 6,
      overflow: 0,
      avoid: 3,
      total: -24,
    });
  });

  it('counts an avoid-pair once, however often and in whichever order it is listed', () => {
    const avoidParallel: [string, string][] = [
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'b'],
    ];
    const together = [at('a', 'r1', 't1'), at('b', 'r2', 't1')];
    expect(scoreSchedule(instance({ avoidParallel }), together)).toEqual({
      honoured: 0,
      overflow: 0,
      avoid: 1,
      total: -10,
    });
  });

  it('earns nothing for sessions left out, and charges nothing for them either', () => {
    const rooms = [{ id: 'r1', capacity: 0 }];
    const votes = [
      { voterId: 'v1', sessionId: 'a', dots: 3 },
      { voterId: 'v1', sessionId: 'b', dots: 2 },
    ];
    const avoidParallel: [string, string][] = [['a', 'b']];
    expect(scoreSchedule(instance({ rooms, votes, avoidParallel }), [])).toEqual({
      honoured: 0,
      overflow: 0,
      avoid: 0,
      total: 0,
    });
    expect(scoreSchedule(instance({ rooms, votes, avoidParallel }), [at('b', 'r1', 't2')])).toEqual(
      { honoured: 2, overflow: 1, avoid: 0, total: 1 },
    );
  });

  it('combines all three terms', () => {
    const rooms = [
      { id: 'big', capacity: 2 },
      { id: 'small', capacity: 1 },
    ];
    const votes = [
      { voterId: 'v1', sessionId: 'a', dots: 2 },
      { voterId: 'v2', sessionId: 'a', dots: 1 },
      { voterId: 'v3', sessionId: 'a', dots: 1 },
      { voterId: 'v1', sessionId: 'b', dots: 3 },
      { voterId: 'v2', sessionId: 'b', dots: 1 },
      { voterId: 'v2', sessionId: 'c', dots: 3 },
    ];
    const placements = [at('a', 'big', 't1'), at('b', 'small', 't1'), at('c', 'big', 't2')];
    // t1: v1 max(2, 3) = 3, v2 max(1, 1) = 1, v3 1; t2: v2 3. Overflow: a 3 − 2, b 2 − 1.
    expect(
      scoreSchedule(instance({ rooms, votes, avoidParallel: [['b', 'a']] }), placements),
    ).toEqual({ honoured: 8, overflow: 2, avoid: 1, total: -4 });
  });

  it('refuses placements that name something the instance does not have', () => {
    expect(() => scoreSchedule(instance({}), [at('zz', 'r1', 't1')])).toThrow(/session "zz"/);
    expect(() => scoreSchedule(instance({}), [at('a', 'r9', 't1')])).toThrow(/room "r9"/);
    expect(() => scoreSchedule(instance({}), [at('a', 'r1', 't9')])).toThrow(/slot "t9"/);
  });
});
