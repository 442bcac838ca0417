/**
 * Places in a ranking by score, highest first, for scores in any order. A tie shares its place
 * and says so, on every entry of it: scores 5, 3, 3, 1 are places "1", "=2", "=2", "4".
 */
export function rankLabels(scores: readonly number[]): string[] {
  const sorted = [...scores].sort((a, b) => b - a);
  const first = new Map<number, number>();
  const count = new Map<number, number>();
  sorted.forEach((score, i) => {
    if (!first.has(score)) first.set(score, i + 1);
    count.set(score, (count.get(score) ?? 0) + 1);
  });
  return scores.map((score) => `${count.get(score)! > 1 ? '=' : ''}${first.get(score)!}`);
}
