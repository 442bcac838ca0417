/**
 * A fixed "now" from `?now=2026-11-27T10:05:00Z` in the address, for deterministic tests and
 * screenshots; null when absent or not an instant.
 */
export function nowOverride(search: string): number | null {
  const value = new URLSearchParams(search).get('now');
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
