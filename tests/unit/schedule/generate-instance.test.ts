import { describe, expect, it } from 'vitest';
import { generateInstance } from '../../../shared/schedule/generate-instance';
import { validateInstance } from '../../../shared/schedule/validate-instance';

const options = { seed: 42, sessions: 60, rooms: 6, slots: 10, voters: 300 };

describe('generateInstance', () => {
  const instance = generateInstance(options);

  it('is valid and the same for the same seed, different for another', () => {
    expect(validateInstance(instance).ok).toBe(true);
    expect(generateInstance(options)).toEqual(instance);
    expect(generateInstance({ ...options, seed: 43 })).not.toEqual(instance);
  });

  it('has the requested size', () => {
    expect(instance.sessions).toHaveLength(60);
    expect(instance.rooms).toHaveLength(6);
    expect(instance.slots).toHaveLength(10);
    expect(new Set(instance.votes.map((v) => v.voterId)).size).toBeLessThanOrEqual(300);
  });

  it('spends at most 5 dots per voter and at most 3 on one proposal, never on their own', () => {
    const spent = new Map<string, number>();
    const hostsOf = new Map(instance.sessions.map((s) => [s.id, s.hosts]));
    for (const vote of instance.votes) {
      expect(vote.dots).toBeLessThanOrEqual(3);
      expect(hostsOf.get(vote.sessionId)).not.toContain(vote.voterId);
      spent.set(vote.voterId, (spent.get(vote.voterId) ?? 0) + vote.dots);
    }
    expect(Math.max(...spent.values())).toBe(5);
    // Some people stack dots on one proposal.
    expect(instance.votes.some((v) => v.dots > 1)).toBe(true);
  });

  it('is skewed: a few proposals draw far more voters than the median', () => {
    const voters = new Map<string, number>();
    for (const vote of instance.votes) {
      voters.set(vote.sessionId, (voters.get(vote.sessionId) ?? 0) + 1);
    }
    const counts = [...voters.values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan(4 * counts[Math.floor(counts.length / 2)]!);
  });

  it('has proposers hosting (some twice, some with a co-host), pins, blocked cells and avoid-pairs', () => {
    const hosts = instance.sessions.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBeLessThan(hosts.length);
    expect(instance.sessions.some((s) => s.hosts.length === 2)).toBe(true);
    expect(instance.sessions.some((s) => s.pinned)).toBe(true);
    expect(instance.blocked?.length).toBeGreaterThan(0);
    expect(instance.avoidParallel?.length).toBeGreaterThan(0);
    const capacities = new Set(instance.rooms.map((r) => r.capacity));
    expect(capacities.size).toBeGreaterThan(3);
  });
});
