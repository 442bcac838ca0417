import { describe, expect, it } from 'vitest';
import { checkHardRules } from '../../../shared/schedule/hard-rules';
import type { ScheduleInstance, SchedulePlacement } from '../../../shared/schedule/instance';

const instance: ScheduleInstance = {
  rooms: [
    { id: 'r1', capacity: 10 },
    { id: 'r2', capacity: 10 },
  ],
  slots: [{ id: 't1' }, { id: 't2' }],
  blocked: [{ roomId: 'r2', slotId: 't2' }],
  sessions: [
    { id: 'a', hosts: ['ann'] },
    { id: 'b', hosts: ['ann', 'bob'] },
    { id: 'c', hosts: ['cat'], pinned: { roomId: 'r1', slotId: 't2' } },
  ],
  votes: [],
};

const at = (sessionId: string, roomId: string, slotId: string): SchedulePlacement => ({
  sessionId,
  roomId,
  slotId,
});
const pin = at('c', 'r1', 't2');

describe('checkHardRules', () => {
  it('accepts a legal grid, sessions may be left out', () => {
    expect(checkHardRules(instance, [at('a', 'r1', 't1'), pin])).toEqual({ ok: true });
  });

  it.each([
    ['two sessions in one cell', [at('a', 'r1', 't1'), at('b', 'r1', 't1'), pin], /share cell/],
    ['a blocked cell', [at('a', 'r2', 't2'), pin], /blocked cell/],
    ['a session placed twice', [at('a', 'r1', 't1'), at('a', 'r2', 't1'), pin], /placed twice/],
    ['a pinned session moved', [at('c', 'r2', 't1')], /pinned session "c"/],
    ['a pinned session left out', [at('a', 'r1', 't1')], /pinned session "c"/],
    [
      'a host in two sessions at once',
      [at('a', 'r1', 't1'), at('b', 'r2', 't1'), pin],
      /host "ann"/,
    ],
    ['an unknown session', [at('z', 'r1', 't1'), pin], /unknown session "z"/],
    ['an unknown room', [at('a', 'r9', 't1'), pin], /unknown room "r9"/],
    ['an unknown slot', [at('a', 'r1', 't9'), pin], /unknown slot "t9"/],
  ])('rejects %s', (_, placements, reason) => {
    const result = checkHardRules(instance, placements);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('holds fixed placements to the same standard as pins', () => {
    const fixed = [at('a', 'r1', 't1')];
    expect(checkHardRules(instance, [at('a', 'r1', 't1'), pin], fixed)).toEqual({ ok: true });
    expect(checkHardRules(instance, [at('a', 'r2', 't1'), pin], fixed)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/fixed session "a"/),
    });
  });
});
