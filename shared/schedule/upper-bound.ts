import type { CompiledInstance } from './compile-instance';

/**
 * No schedule can beat this: a voter is honoured at most once per usable slot, so at best
 * their largest votes, one per slot. Penalties only lower a score. Reaching it ends the search.
 */
export function scoreUpperBound(m: CompiledInstance): number {
  let usableSlots = 0;
  for (let t = 0; t < m.slots; t++) {
    if (m.blocked.subarray(t * m.rooms, (t + 1) * m.rooms).includes(0)) usableSlots++;
  }
  const ballots: number[][] = Array.from({ length: m.voters }, () => []);
  for (let i = 0; i < m.voteVoter.length; i++) {
    ballots[m.voteVoter[i]!]!.push(m.levelValue[m.voteLevel[i]!]!);
  }
  let bound = 0;
  for (const dots of ballots) {
    dots.sort((a, b) => b - a);
    for (let k = 0; k < Math.min(usableSlots, dots.length); k++) bound += dots[k]!;
  }
  return bound;
}
