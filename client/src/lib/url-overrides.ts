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

/**
 * `?page=2` pins a projector to one page of rooms (two projectors side by side can show both
 * halves); null when absent. Zero-based.
 */
export function pageOverride(search: string): number | null {
  const value = Number(new URLSearchParams(search).get('page'));
  return Number.isInteger(value) && value >= 1 ? value - 1 : null;
}

/** `?pageSeconds=20` sets how long each page of rooms stays up; null when absent or not positive. */
export function pageSecondsOverride(search: string): number | null {
  const value = Number(new URLSearchParams(search).get('pageSeconds'));
  return Number.isFinite(value) && value > 0 ? value : null;
}
