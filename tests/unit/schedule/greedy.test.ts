import { describe, expect, it } from 'vitest';
import { greedySchedule } from '../../../shared/schedule/greedy';
import type { ScheduleInstance } from '../../../shared/schedule/instance';

describe('greedySchedule (the baseline)', () => {
  const instance: ScheduleInstance = {
    rooms: [
      { id: 'small', capacity: 5 },
      { id: 'big', capacity: 50 },
    ],
    slots: [{ id: 't1' }, { id: 't2' }],
    blocked: [{ roomId: 'big', slotId: 't1' }],
    sessions: [
      { id: 'quiet', hosts: ['q'] },
      { id: 'top', hosts: ['h'] },
      { id: 'second', hosts: ['h'] },
      { id: 'pinned', hosts: ['p'], pinned: { roomId: 'small', slotId: 't2' } },
      { id: 'third', hosts: ['t'] },
    ],
    votes: [
      { voterId: 'v1', sessionId: 'top', dots: 3 },
      { voterId: 'v2', sessionId: 'top', dots: 3 },
      { voterId: 'v1', sessionId: 'second', dots: 2 },
      { voterId: 'v2', sessionId: 'second', dots: 1 },
      { voterId: 'v3', sessionId: 'third', dots: 1 },
      { voterId: 'v3', sessionId: 'quiet', dots: 1 },
    ],
  };

  it('fills the biggest room first, most dots first, skipping host clashes and pins', () => {
    expect(greedySchedule(instance)).toEqual([
      { sessionId: 'pinned', roomId: 'small', slotId: 't2' },
      // big at t1 is blocked, so the top session takes big at t2.
      { sessionId: 'top', roomId: 'big', slotId: 't2' },
      // second shares a host with top: t2 is out, and big has no other free slot.
      { sessionId: 'second', roomId: 'small', slotId: 't1' },
      // Ties keep the input order: quiet before third; nothing is left for third.
    ]);
  });

  it('keeps fixed placements and works around them', () => {
    const fixed = [{ sessionId: 'third', roomId: 'small', slotId: 't1' }];
    const placements = greedySchedule(instance, fixed);
    expect(placements).toContainEqual(fixed[0]);
    expect(placements.map((p) => p.sessionId).sort()).toEqual(['pinned', 'third', 'top']);
  });
});
