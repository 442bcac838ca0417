import { widestWord } from '../../../../shared/projector/word-fit';
import type { MeasureAt } from './grid-plan';
import { floorSize, hostsSizeFor, LINE } from './type-scale';

export interface BoardPlanInput {
  /** The box the list fills, in px. */
  width: number;
  height: number;
  viewportHeight: number;
  /** Titles in ranked order: the widest word among them must fit a column whole. */
  titles: readonly string[];
  /** The unit after a count of dots, as the screen says it ("dots", "prickar"). */
  unit: string;
  /** Under blind voting an entry is its title only. */
  blind: boolean;
  measureAt: MeasureAt;
}

export interface BoardPlan {
  columns: number;
  rows: number;
  titleSize: number;
  hostsSize: number;
  rankSize: number;
  unitSize: number;
  rankWidth: number;
  dotsWidth: number;
  /** Width each title is fitted to, one line of it. */
  textWidth: number;
  itemHeight: number;
  padX: number;
  padY: number;
  gap: number;
  rowGap: number;
  columnGap: number;
}

/**
 * The leaderboard's layout: entries of one title line and the hosts below, as many as fit,
 * in two columns only where each still holds a long title whole.
 */
export function planBoard(input: BoardPlanInput): BoardPlan {
  const floor = floorSize(input.viewportHeight);
  const titleSize = Math.max(floor, input.viewportHeight * 0.027);
  const hostsSize = hostsSizeFor(titleSize);
  const rankSize = titleSize * 1.3;
  const unitSize = Math.max(14, titleSize * 0.6);
  const padX = 0.6 * floor;
  const padY = 0.45 * floor;
  const gap = 0.6 * floor;
  const rowGap = 0.5 * floor;
  const columnGap = 1.2 * floor;
  const rankWidth = input.blind ? 0 : input.measureAt(rankSize, 800)('=88') + 2;
  const dotsWidth = input.blind
    ? 0
    : titleSize * 0.9 +
      input.measureAt(rankSize, 800)('888') +
      input.measureAt(unitSize, 400)(input.unit) +
      2 * 0.25 * titleSize +
      2;
  const textWidthFor = (columns: number) =>
    ((input.width - (columns - 1) * columnGap) / columns -
      2 * padX -
      (input.blind ? 0 : rankWidth + dotsWidth + 2 * gap)) *
    0.99;
  const widest = widestWord(input.titles, input.measureAt(titleSize, 700));
  const columns = textWidthFor(2) >= Math.max(30 * titleSize, widest) ? 2 : 1;
  const hostsLine = input.blind ? 0 : 0.15 * floor + LINE * hostsSize;
  // The bar under an entry shows its share of the most dots.
  const least = 2 * padY + LINE * titleSize + hostsLine + 0.3 * floor;
  const rows = Math.max(1, Math.floor((input.height + rowGap) / (least + rowGap)));
  // The entries that fit share what is left, up to a little taller each.
  const itemHeight = Math.min(1.3 * least, (input.height + rowGap) / rows - rowGap);
  return {
    columns,
    rows,
    titleSize,
    hostsSize,
    rankSize,
    unitSize,
    rankWidth,
    dotsWidth,
    textWidth: textWidthFor(columns),
    itemHeight,
    padX,
    padY,
    gap,
    rowGap,
    columnGap,
  };
}
