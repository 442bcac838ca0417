import {
  linesNeeded,
  namePieces,
  widestWord,
  wrapWords,
} from '../../../../shared/projector/word-fit';
import type { Geometry, PlanCell, PlanInput, PlannedRow, PlanRowInput } from './grid-plan';
import { hostsSizeFor, LINE } from './type-scale';

/**
 * The rows of the projector grid: how tall each slot's row is, at what size and in how many
 * lines its titles are set, and which later slots fold away. Part of the plan (grid-plan.ts).
 */

/** Now and next are set this much larger than the rest when there is room. */
const FOCUS = 1.2;
const MAX_FOCUS_LINES = 5;
export const MAX_HOSTS_LINES = 2;
/** Titles grow with free space up to this share of the screen's height (sparse grids). */
const MAX_TITLE_VH = 6.5;

export interface RowsInput extends PlanInput {
  floor: number;
  geo: Geometry;
  textWidth: number;
  /** A folded line and the gap above it. */
  band: number;
  /** Height for the rows themselves: the head, the gaps and the earlier line taken off. */
  available: number;
}

export interface RowsPlan {
  rows: PlannedRow[];
  foldedLater: string[];
}

/** What rows need at a given size, each text's lines worked out once per plan. */
function rowMeasures(input: RowsInput) {
  const { geo, textWidth } = input;
  const cache = new Map<string, { whole: number; least: number }>();
  const lines = (text: string, size: number) => {
    const key = `${size}|${text}`;
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = linesNeeded(text, textWidth, input.measureAt(size, 700))));
    return hit;
  };
  const hostsBlock = (cell: PlanCell, size: number) => {
    if (cell.hosts.length === 0) return 0;
    const measure = input.measureAt(hostsSizeFor(size), 400);
    const n = wrapWords(namePieces(cell.hosts), textWidth, measure).length;
    return geo.innerGap + Math.min(MAX_HOSTS_LINES, n) * LINE * hostsSizeFor(size);
  };
  const cells = (rows: readonly PlanRowInput[]) =>
    rows.flatMap((r) => r.cells.filter((c): c is PlanCell => c !== null));
  return {
    /** The height a row needs at `size` with at most `titleCap` title lines, hosts or not. */
    need(row: PlanRowInput, size: number, titleCap: number, hosts: boolean): number {
      if (!row.session) return geo.breakHeight;
      let tallest = LINE * size;
      for (const cell of row.cells) {
        if (!cell) continue;
        const title = Math.min(titleCap, lines(cell.title, size).whole) * LINE * size;
        tallest = Math.max(tallest, title + (hosts ? hostsBlock(cell, size) : 0));
      }
      return 2 * geo.padY + tallest;
    },
    /** Title lines every cell of a row needs for its whole title, or three words at least. */
    titleLines(row: PlanRowInput, size: number, least: boolean): number {
      const n = row.cells.map((c) => (c ? lines(c.title, size)[least ? 'least' : 'whole'] : 1));
      return Math.max(1, ...n);
    },
    /** Whether every word of these rows' titles fits a column whole at `size`. */
    wordsFit(rows: readonly PlanRowInput[], size: number): boolean {
      const titles = cells(rows).map((c) => c.title);
      return widestWord(titles, input.measureAt(size, 700)) <= textWidth;
    },
  };
}

const planned = (row: PlanRowInput, height: number, size: number, titleLines: number) => ({
  id: row.id,
  height,
  titleSize: size,
  titleLines,
  hostsSize: hostsSizeFor(size),
});

/**
 * Roomy: every title whole with its hosts, as large as fits, now and next larger still (small
 * events, sparse grids). Null when not everything fits whole even at the floor size.
 */
export function roomyRows(input: RowsInput): RowsPlan | null {
  const { floor } = input;
  const m = rowMeasures(input);
  const focus = input.rows.filter((r) => r.focus);
  const rest = input.rows.filter((r) => !r.focus);
  const sizeOf = (r: PlanRowInput, scale: number) => floor * scale * (r.focus ? FOCUS : 1);
  const need = (scale: number) => {
    if (!m.wordsFit(rest, floor * scale) || !m.wordsFit(focus, floor * scale * FOCUS)) {
      return Infinity;
    }
    return input.rows.reduce((sum, r) => sum + m.need(r, sizeOf(r, scale), 99, true), 0);
  };
  if (need(1) > input.available) return null;

  const top = (MAX_TITLE_VH * input.viewportHeight) / 100 / floor / FOCUS;
  let [lo, hi] = [1, Math.max(1, top)];
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    if (need(mid) <= input.available) lo = mid;
    else hi = mid;
  }
  const stretch = input.available / need(lo);
  const rows = input.rows.map((r) => {
    const size = sizeOf(r, lo);
    return planned(r, m.need(r, size, 99, true) * stretch, size, m.titleLines(r, size, false));
  });
  return { rows, foldedLater: [] };
}

/**
 * Full: now and next whole at the floor size or a little above, with their hosts; later slots
 * at the floor, as many as fit with at least three words of every title, the rest folded into
 * a line below. What height is left lets later titles show whole, then with their hosts.
 */
export function fullRows(input: RowsInput): RowsPlan {
  const { floor, geo, band } = input;
  const m = rowMeasures(input);
  const focus = input.rows.filter((r) => r.focus);
  const rest = input.rows.filter((r) => !r.focus);

  const focusCap = (r: PlanRowInput, size: number) =>
    Math.max(MAX_FOCUS_LINES, m.titleLines(r, size, true));
  const focusNeed = (size: number) =>
    focus.reduce((sum, r) => sum + m.need(r, size, focusCap(r, size), true), 0);
  const least = (r: PlanRowInput) =>
    Math.max(m.titleLines(r, floor, true), Math.min(2, m.titleLines(r, floor, false)));
  const restMin = (r: PlanRowInput) => m.need(r, floor, least(r), false);
  const restIdeal = (r: PlanRowInput) => m.need(r, floor, 99, true);
  const firstRest = rest.slice(0, 2).reduce((sum, r) => sum + restMin(r), 0);
  const focusSize =
    [FOCUS, 1.15, 1.1, 1.05]
      .map((k) => k * floor)
      .find((s) => m.wordsFit(focus, s) && focusNeed(s) + firstRest <= input.available - band) ??
    floor;

  let left = input.available - focusNeed(focusSize);
  const shown: PlanRowInput[] = [];
  for (const [i, row] of rest.entries()) {
    // Room for the folded line too, unless this is the last slot.
    const more = i < rest.length - 1;
    if (restMin(row) + (more ? band : 0) > left) break;
    shown.push(row);
    left -= restMin(row);
  }
  const foldedLater = rest.slice(shown.length).map((r) => r.id);
  // The folded line takes its place; the rows folded into it give back their gaps.
  if (foldedLater.length > 0) left += foldedLater.length * geo.gap - band;

  // What is left goes to the later rows, evenly, up to what each needs whole with hosts.
  const heights = new Map(shown.map((r) => [r.id, restMin(r)]));
  const short = (r: PlanRowInput) => restIdeal(r) - heights.get(r.id)!;
  let hungry = shown.filter((r) => r.session && short(r) > 0.5);
  while (left > 0.5 && hungry.length > 0) {
    const share = left / hungry.length;
    for (const r of hungry) {
      const grow = Math.min(share, short(r));
      heights.set(r.id, heights.get(r.id)! + grow);
      left -= grow;
    }
    hungry = hungry.filter((r) => short(r) > 0.5);
  }

  const line = LINE * floor;
  const rows = input.rows.flatMap((r) => {
    if (r.focus) {
      const cap = focusCap(r, focusSize);
      return [planned(r, m.need(r, focusSize, cap, true), focusSize, cap)];
    }
    const height = heights.get(r.id);
    if (height === undefined) return [];
    return [
      planned(r, height, floor, Math.max(1, Math.floor((height - 2 * geo.padY + 0.5) / line))),
    ];
  });
  // Anything still free spreads over every row, so the grid reaches the bottom of the screen.
  const total = rows.reduce((sum, r) => sum + r.height, 0);
  const stretch = total > 0 ? Math.max(1, (total + Math.max(0, left)) / total) : 1;
  return { rows: rows.map((r) => ({ ...r, height: r.height * stretch })), foldedLater };
}
