import { describe, expect, it } from 'vitest';
import { columnsThatFit, pageAt, roomPages } from '../../shared/projector/room-pages';
import { foldDay } from '../../shared/projector/fold-day';
import { rankLabels } from '../../shared/ranks';

const sizes = (count: number, perPage: number) =>
  roomPages(count, perPage).map((p) => p.to - p.from);

describe('paging rooms on the projector', () => {
  it('keeps every room on one page when they fit', () => {
    expect(roomPages(6, 6)).toEqual([{ from: 0, to: 6 }]);
  });

  it('uses as few pages as it must, as evenly filled as can be', () => {
    expect(sizes(12, 6)).toEqual([6, 6]);
    expect(sizes(12, 5)).toEqual([4, 4, 4]);
    expect(sizes(13, 6)).toEqual([5, 4, 4]);
    expect(sizes(7, 6)).toEqual([4, 3]);
  });

  it('covers every room once, in order', () => {
    for (let count = 1; count <= 30; count++) {
      for (let perPage = 1; perPage <= 12; perPage++) {
        const pages = roomPages(count, perPage);
        expect(pages[0]!.from).toBe(0);
        expect(pages.at(-1)!.to).toBe(count);
        pages.forEach((p, i) => {
          expect(p.to - p.from).toBeLessThanOrEqual(perPage);
          expect(p.to).toBeGreaterThan(p.from);
          if (i > 0) expect(p.from).toBe(pages[i - 1]!.to);
        });
        expect(pages.length).toBe(Math.ceil(count / perPage));
      }
    }
  });

  it('has no pages without rooms', () => {
    expect(roomPages(0, 6)).toEqual([]);
  });

  it('turns pages on the wall clock, so every projector shows the same page', () => {
    const every = 12_000;
    expect(pageAt(0, every, 2)).toBe(0);
    expect(pageAt(11_999, every, 2)).toBe(0);
    expect(pageAt(12_000, every, 2)).toBe(1);
    expect(pageAt(24_000, every, 2)).toBe(0);
    expect(pageAt(36_000, every, 3)).toBe(0);
    expect(pageAt(36_000, every, 1)).toBe(0);
  });

  it('counts the columns of a least width that fit', () => {
    expect(columnsThatFit(1000, 240, 8)).toBe(4);
    expect(columnsThatFit(984, 240, 8)).toBe(4);
    expect(columnsThatFit(983, 240, 8)).toBe(3);
    expect(columnsThatFit(100, 240, 8)).toBe(1);
  });
});

describe('folding the day on the wall', () => {
  const slot = (id: string, from: string, to: string) => ({
    id,
    startsAt: `2026-11-27T${from}:00Z`,
    endsAt: `2026-11-27T${to}:00Z`,
  });
  const day = [
    slot('c', '11:00', '11:45'),
    slot('a', '09:00', '09:45'),
    slot('b', '10:00', '10:45'),
    slot('d', '12:00', '12:45'),
  ];
  const at = (time: string) => Date.parse(`2026-11-27T${time}:00Z`);
  const view = (time: string) => {
    const f = foldDay(day, at(time));
    return {
      earlier: f.earlier.map((s) => s.id),
      shown: f.shown.map((t) => `${t.slot.id}:${t.tense}`),
    };
  };

  it('folds what is over, and marks now, next and later', () => {
    expect(view('10:10')).toEqual({ earlier: ['a'], shown: ['b:now', 'c:next', 'd:later'] });
  });

  it('between slots, shows what comes next first', () => {
    expect(view('10:50')).toEqual({ earlier: ['a', 'b'], shown: ['c:next', 'd:later'] });
  });

  it('folds nothing before the day starts, nor after it ends', () => {
    expect(view('08:00')).toEqual({
      earlier: [],
      shown: ['a:next', 'b:later', 'c:later', 'd:later'],
    });
    expect(view('13:00')).toEqual({ earlier: [], shown: ['a:past', 'b:past', 'c:past', 'd:past'] });
  });
});

describe('leaderboard places', () => {
  it('numbers distinct scores from the top', () => {
    expect(rankLabels([9, 5, 2])).toEqual(['1', '2', '3']);
  });

  it('gives every entry of a tie the same place, marked, and skips the places it takes', () => {
    expect(rankLabels([5, 3, 3, 1])).toEqual(['1', '=2', '=2', '4']);
    expect(rankLabels([3, 3, 3])).toEqual(['=1', '=1', '=1']);
    expect(rankLabels([4, 2, 2, 2, 2, 1, 0, 0])).toEqual([
      '1',
      '=2',
      '=2',
      '=2',
      '=2',
      '6',
      '=7',
      '=7',
    ]);
  });

  it('does not depend on the order the scores come in', () => {
    expect(rankLabels([1, 3, 5, 3])).toEqual(['4', '=2', '1', '=2']);
  });
});
