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
  // How many votes of each dot level every voter gave; their best ones fill the usable slots.
  const levels = m.levelValue.length;
  const count = new Int32Array(m.voters * levels);
  for (let i = 0; i < m.voteVoter.length; i++) {
    count[m.voteVoter[i]! * levels + m.voteLevel[i]!]! += 1;
  }
  let bound = 0;
  for (let v = 0; v < m.voters; v++) {
    let left = usableSlots;
    for (let k = levels - 1; k > 0 && left > 0; k--) {
      const taken = Math.min(left, count[v * levels + k]!);
      bound += taken * m.levelValue[k]!;
      left -= taken;
    }
  }
  return bound;
}
