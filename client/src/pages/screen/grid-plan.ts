import { columnsThatFit, roomPages, type RoomPage } from '../../../../shared/projector/room-pages';
import {
  fitNames,
  fitWords,
  widestWord,
  wordsOf,
  wrapWords,
  type Measure,
} from '../../../../shared/projector/word-fit';
import { fullRows, MAX_HOSTS_LINES, roomyRows, type RowsInput } from './grid-rows';
import { floorSize, LINE } from './type-scale';

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

/**
 * Room names and titles keep this far inside their column: canvas and layout agree to a
 * hundredth of a pixel in Chromium, this is for other engines' rounding.
 */
const SAFETY = 0.995;
export type Geometry = ReturnType<typeof geometry>;

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
  const titles = input.rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c.title] : [])));

  // Columns: as many rooms a page as fit at least `minColumn` wide and hold every word whole.
  const pad = 2 * geo.padX;
  const minColumn = Math.max(
    geo.minColumn,
    widestWord(titles, input.measureAt(floor, 700)) / SAFETY + pad,
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

  const band = geo.bandHeight + geo.gap;
  const rows: RowsInput = {
    ...input,
    floor,
    geo,
    textWidth,
    band,
    // Every row is one gap below the one above it; the head sits at the top.
    available: input.height - headHeight - input.rows.length * geo.gap - (input.earlier ? band : 0),
  };
  const base = { floor, ...geo, columns, columnWidth, textWidth, roomLines, headHeight, pages };
  return { ...base, ...(roomyRows(rows) ?? fullRows(rows)) };
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
