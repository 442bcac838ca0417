/**
 * Each unordered avoid-pair once. People write ["a", "b"] and ["b", "a"], or the same pair
 * twice, and mean one wish: the score and the solver count it once.
 */
export function distinctAvoidPairs(
  pairs: readonly (readonly [string, string])[] = [],
): [string, string][] {
  const partners = new Map<string, Set<string>>();
  const distinct: [string, string][] = [];
  for (const [a, b] of pairs) {
    const [low, high] = a < b ? [a, b] : [b, a];
    let seen = partners.get(low);
    if (seen === undefined) partners.set(low, (seen = new Set()));
    if (seen.has(high)) continue;
    seen.add(high);
    distinct.push([a, b]);
  }
  return distinct;
}
