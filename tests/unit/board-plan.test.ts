import { describe, expect, it } from 'vitest';
import { planBoard, type BoardPlanInput } from '../../client/src/pages/screen/board-plan';
import { SWEDISH_PITCHES } from '../support/realistic-pitches-sv';

/** A stand-in for the canvas: every character 0.6 of the font size wide. */
const measureAt = (px: number) => (text: string) => text.length * px * 0.6;

const input = (over: Partial<BoardPlanInput> = {}): BoardPlanInput => ({
  width: 1230,
  height: 860,
  viewportHeight: 1080,
  titles: SWEDISH_PITCHES.map((p) => p.title),
  unit: 'prickar',
  blind: false,
  measureAt,
  ...over,
});

describe('the leaderboard plan', () => {
  it('sets titles at 24 px or more at 1080p and 20 px at 720p', () => {
    expect(planBoard(input()).titleSize).toBeGreaterThanOrEqual(24);
    expect(planBoard(input({ viewportHeight: 720, height: 560 })).titleSize).toBe(20);
  });

  it('shows as many entries as fit the height, none cut off', () => {
    for (const height of [300, 560, 860, 1700]) {
      const plan = planBoard(input({ height }));
      expect(plan.rows * plan.itemHeight + (plan.rows - 1) * plan.rowGap).toBeLessThanOrEqual(
        height + 0.01,
      );
      expect((plan.rows + 1) * plan.itemHeight + plan.rows * plan.rowGap).toBeGreaterThan(
        height * 0.95,
      );
    }
  });

  it('keeps one column on a 16:9 wall, two where each still holds a long title', () => {
    expect(planBoard(input()).columns).toBe(1);
    expect(planBoard(input({ width: 3000 })).columns).toBe(2);
  });

  it('leaves the whole width to titles under blind voting', () => {
    expect(planBoard(input({ blind: true })).textWidth).toBeGreaterThan(
      planBoard(input()).textWidth + 100,
    );
  });
});
