import { columnsThatFit, roomPages, type RoomPage } from '../../../../shared/projector/room-pages';
import {
  fitNames,
  fitWords,
  linesNeeded,
  namePieces,
  widestWord,
  wordsOf,
  wrapWords,
  type Measure,
} from '../../../../shared/projector/word-fit';
import { floorSize, hostsSizeFor, LINE } from './type-scale';

/**
 * The projector grid's layout, worked out before anything is drawn: how many rooms a page
 * holds, how tall each slot's row is and at what size its titles are set. Pure: text widths
 * come from `measureAt` (the browser's canvas, or a stand-in in tests).
 */

/** Width of `text` at `px` in a weight: 400 hosts, 700 titles, 800 room names. */
export type MeasureAt = (px: number, weight: 400 | 700 | 800) => Measure;

export interface PlanCell {
  title: string;
  hosts: readonly string[];
}

export interface PlanRowInput {
  id: string;
  /** A break or plenary is one line across every room. */
  session: boolean;
  /** Now or next: set larger, titles whole if at all possible, hosts always shown. */
  focus: boolean;
  /** The session in each room, by room position, over all rooms (not one page). */
  cells: readonly (PlanCell | null)[];
}

export interface PlanInput {
  /** The box the grid fills, in px. */
  width: number;
  height: number;
  viewportHeight: number;
  roomNames: readonly string[];
  /** Whether slots that are over fold into a line above the rest. */
  earlier: boolean;
  /** The slots on show, in time order. */
  rows: readonly PlanRowInput[];
  measureAt: MeasureAt;
}

export interface PlannedRow {
  id: string;
  height: number;
  titleSize: number;
  /** Title lines a cell of this row may fill; titles longer than that are cut at a word. */
  titleLines: number;
  /** Hosts go in what height a cell's title leaves (see `cellText`); now and next have room. */
  hostsSize: number;
}

export interface GridPlan {
  /** The smallest title size anywhere on the wall: 24 px at 1080p, never under 20 px. */
  floor: number;
  gap: number;
  padX: number;
  padY: number;
  /** Between a title and its hosts. */
  innerGap: number;
  timeWidth: number;
  /** Room columns on a page: the fullest page's rooms; a page with fewer leaves some empty. */
  columns: number;
  columnWidth: number;
  /** Width titles are fitted to: a little under the column's inside, as canvas and layout differ. */
  textWidth: number;
  roomSize: number;
  roomLines: number;
  headHeight: number;
  bandHeight: number;
  pages: RoomPage[];
  /** The rows on show, in time order; the later slots that did not fit fold into a line below. */
  rows: PlannedRow[];
  foldedLater: string[];
}

/** Now and next are set this much larger than the rest when there is room. */
const FOCUS = 1.2;
/**
 * Room names and titles keep this far inside their column: canvas and layout agree to a
 * hundredth of a pixel in Chromium, this is for other engines' rounding.
 */
const SAFETY = 0.995;
const MAX_FOCUS_LINES = 5;
const MAX_HOSTS_LINES = 2;
/** Titles grow with free space up to this share of the screen's height (sparse grids). */
const MAX_TITLE_VH = 6.5;

function geometry(floor: number) {
  return {
    gap: 0.3 * floor,
    padX: 0.35 * floor,
    padY: 0.4 * floor,
    innerGap: 0.2 * floor,
    timeWidth: 4 * floor,
    minColumn: 11 * floor,
    roomSize: 1.1 * floor,
    bandHeight: 1.8 * floor,
    breakHeight: 2.2 * floor,
  };
}

export function planGrid(input: PlanInput): GridPlan {
  const floor = floorSize(input.viewportHeight);
  const geo = geometry(floor);
  const cellsOf = (rows: readonly PlanRowInput[]) =>
    rows.flatMap((r) => r.cells.filter((c): c is PlanCell => c !== null));
  const allCells = cellsOf(input.rows);

  // Columns: as many rooms a page as fit at least `minColumn` wide and hold every word whole.
  const pad = 2 * geo.padX;
  const minColumn = Math.max(
    geo.minColumn,
    widestWord(
      allCells.map((c) => c.title),
      input.measureAt(floor, 700),
    ) /
      SAFETY +
      pad,
    widestWord(input.roomNames, input.measureAt(geo.roomSize, 800)) / SAFETY + pad,
  );
  const across = input.width - geo.timeWidth - geo.gap;
  const perPage = Math.min(input.roomNames.length, columnsThatFit(across, minColumn, geo.gap));
  const pages = roomPages(input.roomNames.length, perPage);
  const columns = Math.max(1, ...pages.map((p) => p.to - p.from));
  const columnWidth = (across - (columns - 1) * geo.gap) / columns;
  const textWidth = (columnWidth - pad) * SAFETY;

  const roomLines = Math.min(
    2,
    Math.max(
      1,
      ...input.roomNames.map(
        (n) => wrapWords(n.split(/\s+/u), textWidth, input.measureAt(geo.roomSize, 800)).length,
      ),
    ),
  );
  const headHeight = roomLines * LINE * geo.roomSize + geo.padY;

  const lines = linesCache(textWidth, input.measureAt);
  const hostsBlock = (cell: PlanCell, size: number, max: number) => {
    if (cell.hosts.length === 0 || max === 0) return 0;
    const measure = input.measureAt(hostsSizeFor(size), 400);
    const n = Math.min(max, wrapWords(namePieces(cell.hosts), textWidth, measure).length);
    return geo.innerGap + n * LINE * hostsSizeFor(size);
  };
  /** The height a row needs at `size` with at most `titleCap` title lines and hosts or not. */
  const rowNeed = (row: PlanRowInput, size: number, titleCap: number, hosts: boolean) => {
    if (!row.session) return geo.breakHeight;
    let tallest = LINE * size;
    for (const cell of row.cells) {
      if (!cell) continue;
      const title = Math.min(titleCap, lines(cell.title, size, 700).whole) * LINE * size;
      tallest = Math.max(tallest, title + hostsBlock(cell, size, hosts ? MAX_HOSTS_LINES : 0));
    }
    return 2 * geo.padY + tallest;
  };
  /** Title lines every cell of a row needs to show its whole title, or three words at least. */
  const rowLines = (row: PlanRowInput, size: number, least: boolean) =>
    Math.max(
      1,
      ...row.cells.map((c) => (c ? lines(c.title, size, 700)[least ? 'least' : 'whole'] : 1)),
    );
  const wordsFit = (rows: readonly PlanRowInput[], size: number) =>
    widestWord(
      cellsOf(rows).map((c) => c.title),
      input.measureAt(size, 700),
    ) <= textWidth;

  const focusRows = input.rows.filter((r) => r.focus);
  const restRows = input.rows.filter((r) => !r.focus);
  const band = geo.bandHeight + geo.gap;
  // Every row is one gap below the one above it; the head sits at the top.
  const available =
    input.height - headHeight - input.rows.length * geo.gap - (input.earlier ? band : 0);

  const planned = (
    row: PlanRowInput,
    height: number,
    size: number,
    titleLines: number,
  ): PlannedRow => ({
    id: row.id,
    height,
    titleSize: size,
    titleLines,
    hostsSize: hostsSizeFor(size),
  });
  const base = { floor, ...geo, columns, columnWidth, textWidth, roomLines, headHeight, pages };

  // Roomy: every title whole with its hosts, as large as fits (small events, sparse grids).
  const sizesAt = (scale: number) => ({ rest: floor * scale, focus: floor * scale * FOCUS });
  const wholeNeed = (scale: number) => {
    const { rest, focus } = sizesAt(scale);
    if (!wordsFit(restRows, rest) || !wordsFit(focusRows, focus)) return Infinity;
    return input.rows.reduce((sum, r) => sum + rowNeed(r, r.focus ? focus : rest, 99, true), 0);
  };
  if (wholeNeed(1) <= available) {
    const top = (MAX_TITLE_VH * input.viewportHeight) / 100 / floor / FOCUS;
    let [lo, hi] = [1, Math.max(1, top)];
    for (let i = 0; i < 10; i++) {
      const mid = (lo + hi) / 2;
      if (wholeNeed(mid) <= available) lo = mid;
      else hi = mid;
    }
    const sizes = sizesAt(lo);
    const needs = input.rows.map((r) => rowNeed(r, r.focus ? sizes.focus : sizes.rest, 99, true));
    const stretch = available / needs.reduce((a, b) => a + b, 0);
    const rows = input.rows.map((r, i) => {
      const size = r.focus ? sizes.focus : sizes.rest;
      return planned(r, needs[i]! * stretch, size, rowLines(r, size, false));
    });
    return { ...base, rows, foldedLater: [] };
  }

  // Full: now and next whole at the floor size or a little above, with hosts; later slots at
  // the floor, as many as fit with at least three words of each title; the rest fold.
  const focusCap = (r: PlanRowInput, size: number) =>
    Math.max(MAX_FOCUS_LINES, rowLines(r, size, true));
  const focusNeed = (size: number) =>
    focusRows.reduce((sum, r) => sum + rowNeed(r, size, focusCap(r, size), true), 0);
  const restMin = (r: PlanRowInput) =>
    rowNeed(
      r,
      floor,
      Math.max(rowLines(r, floor, true), Math.min(2, rowLines(r, floor, false))),
      false,
    );
  const restIdeal = (r: PlanRowInput) => rowNeed(r, floor, 99, true);
  const firstRest = restRows.slice(0, 2).reduce((sum, r) => sum + restMin(r), 0);
  const focusSizes = [FOCUS, 1.15, 1.1, 1.05].map((k) => k * floor);
  const focusSize =
    focusSizes.find(
      (s) => wordsFit(focusRows, s) && focusNeed(s) + firstRest <= available - band,
    ) ?? floor;

  let left = available - focusNeed(focusSize);
  const shown: PlanRowInput[] = [];
  for (const [i, row] of restRows.entries()) {
    const more = i < restRows.length - 1;
    const need = restMin(row) + (more ? band : 0);
    if (need > left) break;
    shown.push(row);
    left -= restMin(row);
  }
  const foldedLater = restRows.slice(shown.length).map((r) => r.id);
  if (foldedLater.length > 0) left -= band;
  // Rows on show lose a gap each for the rows folded away.
  left += foldedLater.length * geo.gap;

  // What is left goes to the later rows, evenly, up to what each needs whole with hosts.
  const heights = new Map(shown.map((r) => [r.id, restMin(r)]));
  let hungry = shown.filter((r) => r.session && restIdeal(r) > heights.get(r.id)!);
  while (left > 0.5 && hungry.length > 0) {
    const share = left / hungry.length;
    for (const r of hungry) {
      const grow = Math.min(share, restIdeal(r) - heights.get(r.id)!);
      heights.set(r.id, heights.get(r.id)! + grow);
      left -= grow;
    }
    hungry = hungry.filter((r) => restIdeal(r) - heights.get(r.id)! > 0.5);
  }

  const focusPlans = new Map(
    focusRows.map((r) => {
      const cap = focusCap(r, focusSize);
      return [r.id, planned(r, rowNeed(r, focusSize, cap, true), focusSize, cap)];
    }),
  );
  const line = LINE * floor;
  const restPlan = (r: PlanRowInput): PlannedRow => {
    const height = heights.get(r.id)!;
    const fit = Math.floor((height - 2 * geo.padY + 0.5) / line);
    return planned(r, height, floor, Math.max(1, fit));
  };
  const rows = input.rows
    .filter((r) => r.focus || heights.has(r.id))
    .map((r) => focusPlans.get(r.id) ?? restPlan(r));
  // Anything still free spreads over every row, so the grid reaches the bottom of the screen.
  const total = rows.reduce((sum, r) => sum + r.height, 0);
  const stretch = total > 0 ? Math.max(1, (total + Math.max(0, left)) / total) : 1;
  return {
    ...base,
    rows: rows.map((r) => ({ ...r, height: r.height * stretch })),
    foldedLater,
  };
}

/** Line counts of texts at a size and weight, each worked out once per plan. */
function linesCache(width: number, measureAt: MeasureAt) {
  const cache = new Map<string, { whole: number; least: number }>();
  return (text: string, size: number, weight: 400 | 700 | 800) => {
    const key = `${size}|${weight}|${text}`;
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = linesNeeded(text, width, measureAt(size, weight))));
    return hit;
  };
}

/**
 * What one cell shows: its title cut at whole words to the lines its row has, and its host
 * names, whole, in the height the title leaves ("+1" for those that do not fit).
 */
export function cellText(
  plan: GridPlan,
  row: PlannedRow,
  cell: PlanCell,
  measureAt: MeasureAt,
): { title: string; hosts: string[] } {
  const measure = measureAt(row.titleSize, 700);
  const title = fitWords(cell.title, plan.textWidth, row.titleLines, measure);
  const used = wrapWords(wordsOf(title.text), plan.textWidth, measure).length;
  const left = row.height - 2 * plan.padY - used * LINE * row.titleSize - plan.innerGap;
  const lines = Math.min(MAX_HOSTS_LINES, Math.floor((left + 0.5) / (LINE * row.hostsSize)));
  const hosts =
    lines > 0 ? fitNames(cell.hosts, plan.textWidth, lines, measureAt(row.hostsSize, 400)) : [];
  return { title: title.text, hosts };
}
