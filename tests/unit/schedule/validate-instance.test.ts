import { describe, expect, it } from 'vitest';
import type { ScheduleInstance } from '../../../shared/schedule/instance';
import { validateInstance } from '../../../shared/schedule/validate-instance';

function valid(): ScheduleInstance {
  return {
    rooms: [
      { id: 'r1', capacity: 10 },
      { id: 'r2', capacity: 5 },
    ],
    slots: [{ id: 't1' }, { id: 't2' }],
    blocked: [{ roomId: 'r2', slotId: 't2' }],
    sessions: [
      { id: 'a', hosts: ['h1'] },
      { id: 'b', hosts: ['h2'], pinned: { roomId: 'r1', slotId: 't2' } },
    ],
    votes: [{ voterId: 'v1', sessionId: 'a', dots: 2 }],
    avoidParallel: [['a', 'b']],
  };
}

/** The reason validateInstance gives after `change` spoils a valid instance. */
function reasonAfter(change: (instance: ScheduleInstance) => unknown): string {
  const instance = valid();
  const changed = change(instance) ?? instance;
  const result = validateInstance(changed);
  if (result.ok) throw new Error('expected the instance to be rejected');
  return result.reason;
}

describe('validateInstance', () => {
  it('accepts a valid instance and returns it', () => {
    const instance = valid();
    expect(validateInstance(instance)).toEqual({ ok: true, instance });
  });

  it('accepts an instance without the optional lists', () => {
    const { rooms, slots, sessions, votes } = valid();
    delete sessions[1]!.pinned;
    expect(validateInstance({ rooms, slots, sessions, votes }).ok).toBe(true);
  });

  it('accepts an avoid-pair listed both ways round, or twice', () => {
    const instance = valid();
    instance.avoidParallel!.push(['b', 'a'], ['a', 'b']);
    expect(validateInstance(instance)).toEqual({ ok: true, instance });
  });

  it.each([
    ['not an object', () => 42, /^instance: expected an object, got 42$/],
    ['a missing list', (i: ScheduleInstance) => ({ ...i, votes: undefined }), /^votes: missing$/],
    ['a list that is not one', (i) => ({ ...i, rooms: {} }), /^rooms: expected an array/],
    ['a negative capacity', (i) => void (i.rooms[0]!.capacity = -1), /rooms\[0\]\.capacity/],
    ['zero dots', (i) => void (i.votes[0]!.dots = 0), /votes\[0\]\.dots: .*≥ 1, got 0$/],
    ['negative dots', (i) => void (i.votes[0]!.dots = -2), /votes\[0\]\.dots/],
    ['fractional dots', (i) => void (i.votes[0]!.dots = 1.5), /votes\[0\]\.dots: .*got 1\.5$/],
    ['dots as a string', (i) => void Object.assign(i.votes[0]!, { dots: '2' }), /got "2"/],
    ['an empty id', (i) => void (i.slots[0]!.id = ''), /slots\[0\]\.id: expected a non-empty/],
    [
      'a host that is not a string',
      (i) => void Object.assign(i.sessions[0]!, { hosts: [7] }),
      /sessions\[0\]\.hosts\[0\]/,
    ],
    [
      'a null pin',
      (i) => void Object.assign(i.sessions[0]!, { pinned: null }),
      /sessions\[0\]\.pinned/,
    ],
    [
      'a one-sided avoid-pair',
      (i) => void Object.assign(i, { avoidParallel: [['a']] }),
      /avoidParallel\[0\]/,
    ],
    ['a duplicate room', (i) => void (i.rooms[1]!.id = 'r1'), /duplicate room id "r1"/],
    ['a duplicate slot', (i) => void i.slots.push({ id: 't1' }), /duplicate slot id "t1"/],
    ['a duplicate session', (i) => void (i.sessions[1]!.id = 'a'), /duplicate session id "a"/],
    [
      'a host listed twice',
      (i) => void (i.sessions[0]!.hosts = ['h1', 'h1']),
      /lists host "h1" twice/,
    ],
    [
      'a vote for an unknown session',
      (i) => void (i.votes[0]!.sessionId = 'x'),
      /unknown session "x"/,
    ],
    [
      'two votes by one voter on one session',
      (i) => void i.votes.push({ voterId: 'v1', sessionId: 'a', dots: 1 }),
      /two vote entries/,
    ],
    [
      'a blocked cell in an unknown room',
      (i) => void (i.blocked![0]!.roomId = 'r9'),
      /unknown room "r9"/,
    ],
    [
      'a pin in an unknown slot',
      (i) => void (i.sessions[1]!.pinned!.slotId = 't9'),
      /unknown slot "t9"/,
    ],
    [
      'an avoid-pair with an unknown session',
      (i) => void (i.avoidParallel = [['a', 'z']]),
      /unknown session "z"/,
    ],
    [
      'an avoid-pair of one session',
      (i) => void (i.avoidParallel = [['a', 'a']]),
      /same session twice/,
    ],
    [
      'a pin on a blocked cell',
      (i) => void (i.sessions[1]!.pinned = { roomId: 'r2', slotId: 't2' }),
      /pinned on blocked cell \(r2, t2\)/,
    ],
    [
      'two pins in one cell',
      (i) => void (i.sessions[0]!.pinned = { roomId: 'r1', slotId: 't2' }),
      /"a" and "b" are both pinned on \(r1, t2\)/,
    ],
    [
      'pinned sessions sharing a host in one slot',
      (i: ScheduleInstance) => {
        i.sessions[0]!.hosts = ['h2'];
        i.sessions[0]!.pinned = { roomId: 'r2', slotId: 't1' };
        i.sessions[1]!.pinned = { roomId: 'r1', slotId: 't1' };
      },
      /share host "h2" in slot "t1"/,
    ],
  ] satisfies [string, (i: ScheduleInstance) => unknown, RegExp][])(
    'rejects %s',
    (_, change, reason) => {
      const message = reasonAfter(change);
      expect(message).toMatch(reason);
      expect(message).not.toContain('\n');
    },
  );
});
