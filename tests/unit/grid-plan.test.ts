import { describe, expect, it } from 'vitest';
import {
  cellText,
  planGrid,
  type GridPlan,
  type PlanInput,
  type PlanRowInput,
} from '../../client/src/pages/screen/grid-plan';
import { floorSize } from '../../client/src/pages/screen/type-scale';
import { fitWords, wordsOf } from '../../shared/projector/word-fit';
import { SWEDISH_PITCHES } from '../support/realistic-pitches-sv';

/** A stand-in for the canvas: every character 0.6 of the font size wide. */
const measureAt = (px: number) => (text: string) => text.length * px * 0.6;

const titles = SWEDISH_PITCHES.map((p) => p.title);
const rooms = (n: number) => Array.from({ length: n }, (_, i) => `Rum ${i + 1}`);

/** `slots` session rows over `roomCount` rooms; the first `focus` of them are now and next. */
function rows(roomCount: number, slots: number, focus = 2): PlanRowInput[] {
  return Array.from({ length: slots }, (_, s) => ({
    id: `s${s}`,
    session: true,
    focus: s < focus,
    cells: Array.from({ length: roomCount }, (_, r) => ({
      title: titles[(s * roomCount + r) % titles.length]!,
      hosts: ['Anna Berg', 'Ali Haddad'],
    })),
  }));
}

const input = (over: Partial<PlanInput>): PlanInput => ({
  width: 1866,
  height: 880,
  viewportHeight: 1080,
  roomNames: rooms(12),
  earlier: true,
  rows: rows(12, 6),
  measureAt,
  ...over,
});

/** Grid height the plan takes: head, bands and rows, with a gap between each. */
function used(plan: GridPlan, earlier: boolean): number {
  const bands = (earlier ? 1 : 0) + (plan.foldedLater.length > 0 ? 1 : 0);
  const rowsAndBands = plan.rows.length + bands;
  return (
    plan.headHeight +
    bands * plan.bandHeight +
    plan.rows.reduce((sum, r) => sum + r.height, 0) +
    rowsAndBands * plan.gap
  );
}

describe('the projector grid plan', () => {
  it('puts 12 rooms on even pages, each room wide enough for every word of every title', () => {
    const plan = planGrid(input({}));
    const sizes = plan.pages.map((p) => p.to - p.from);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.reduce((a, b) => a + b)).toBe(12);
    const widest = Math.max(...titles.flatMap(wordsOf).map(measureAt(plan.floor)));
    expect(plan.textWidth).toBeGreaterThanOrEqual(widest);
    expect(plan.timeWidth + plan.columns * (plan.columnWidth + plan.gap)).toBeLessThanOrEqual(
      1866 + 0.01,
    );
  });

  it('keeps every title at 24 px or more at 1080p and 20 px at 720p, within the screen', () => {
    for (const [height, box, floor] of [
      [1080, 880, 24],
      [720, 580, 20],
    ] as const) {
      const plan = planGrid(input({ viewportHeight: height, height: box }));
      expect(plan.floor).toBe(floor);
      for (const row of plan.rows) expect(row.titleSize).toBeGreaterThanOrEqual(floor);
      expect(used(plan, true)).toBeLessThanOrEqual(box + 0.5);
    }
  });

  it('gives now and next their hosts and whole titles, the rest at least three words', () => {
    const plan = planGrid(input({ height: 700 }));
    const byId = new Map(plan.rows.map((r) => [r.id, r]));
    for (const row of input({}).rows) {
      const planned = byId.get(row.id);
      if (!planned) continue;
      const measure = measureAt(planned.titleSize);
      for (const cell of row.cells) {
        const fit = fitWords(cell!.title, plan.textWidth, planned.titleLines, measure);
        if (row.focus) expect(fit.whole, cell!.title).toBe(true);
        else expect(fit.whole || fit.words >= 3, cell!.title).toBe(true);
        const shown = cellText(plan, planned, cell!, measureAt);
        expect(shown.title).toBe(fit.text);
        if (row.focus) expect(shown.hosts, cell!.title).toEqual(['Anna Berg,', 'Ali Haddad']);
      }
    }
  });

  it('folds the later slots that do not fit at a readable size into a line below', () => {
    const plan = planGrid(input({ height: 560, rows: rows(12, 8) }));
    expect(plan.foldedLater.length).toBeGreaterThan(0);
    expect(plan.rows.map((r) => r.id).slice(0, 2)).toEqual(['s0', 's1']);
    // What folds is the end of the day, in order.
    const kept = plan.rows.length;
    expect(plan.foldedLater).toEqual(
      rows(12, 8)
        .slice(kept)
        .map((r) => r.id),
    );
    expect(used(plan, true)).toBeLessThanOrEqual(560 + 0.5);
  });

  it('sets a small grid larger than the floor, now and next larger still, on one page', () => {
    const plan = planGrid(
      input({ roomNames: rooms(4), rows: rows(4, 5), earlier: false, height: 880 }),
    );
    expect(plan.pages).toEqual([{ from: 0, to: 4 }]);
    expect(plan.foldedLater).toEqual([]);
    const [now, , later] = plan.rows;
    expect(later!.titleSize).toBeGreaterThan(24);
    expect(now!.titleSize).toBeGreaterThan(later!.titleSize);
    expect(used(plan, false)).toBeLessThanOrEqual(880 + 0.5);
  });

  it('gives a long word the column width it needs rather than breaking it', () => {
    const long = rows(12, 4).map((r, i) =>
      i === 3
        ? {
            ...r,
            cells: r.cells.map(() => ({ title: 'Kompetensutvecklingsprogrammet', hosts: [] })),
          }
        : r,
    );
    const plan = planGrid(input({ rows: long }));
    expect(plan.textWidth).toBeGreaterThanOrEqual(
      measureAt(plan.floor)('Kompetensutvecklingsprogrammet'),
    );
  });

  it('follows the screen: 24 px at 1080 lines, the same share at 4K, 20 px at least', () => {
    expect(floorSize(1080)).toBe(24);
    expect(floorSize(2160)).toBe(48);
    expect(floorSize(720)).toBe(20);
  });
});
