/** One page of the projector's rooms: positions `from` up to, not including, `to`. */
export interface RoomPage {
  from: number;
  to: number;
}

/**
 * Splits `count` rooms into as few pages as hold at most `perPage` each, as evenly as can be:
 * 12 rooms by at most 5 are 4, 4, 4 rather than 5, 5, 2, and 13 by 6 are 5, 4, 4.
 */
export function roomPages(count: number, perPage: number): RoomPage[] {
  if (count <= 0) return [];
  const pages = Math.ceil(count / Math.max(1, Math.floor(perPage)));
  const small = Math.floor(count / pages);
  const bigger = count % pages;
  const result: RoomPage[] = [];
  let from = 0;
  for (let i = 0; i < pages; i++) {
    const to = from + small + (i < bigger ? 1 : 0);
    result.push({ from, to });
    from = to;
  }
  return result;
}

/**
 * The page on show at `ms`. Pages turn every `intervalMs` on the wall clock rather than from
 * when a screen loaded, so every projector of an event shows the same rooms at the same time.
 */
export function pageAt(ms: number, intervalMs: number, pages: number): number {
  if (pages <= 1 || intervalMs <= 0) return 0;
  return Math.floor(ms / intervalMs) % pages;
}

/** How many columns at least `minWidth` wide, `gap` apart, fit across `width`; at least one. */
export function columnsThatFit(width: number, minWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
}
