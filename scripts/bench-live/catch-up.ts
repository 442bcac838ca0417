/**
 * What the server held at a given moment, from the votes' answers: a vote answered at t with
 * version v means the event was at v or later by t. `acks` holds (ackAt, version) pairs in
 * order of ackAt; before the first answer, the server held `floorVersion`.
 */
export function serverVersionAt(acks: Float64Array, floorVersion: number) {
  const times: number[] = [];
  const held: number[] = [];
  let highest = floorVersion;
  for (let i = 0; i < acks.length; i += 2) {
    highest = Math.max(highest, acks[i + 1]!);
    times.push(acks[i]!);
    held.push(highest);
  }
  return (t: number): number => {
    // The number of answers at or before t.
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? floorVersion : held[lo - 1]!;
  };
}
