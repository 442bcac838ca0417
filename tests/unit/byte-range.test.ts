import { describe, expect, it } from 'vitest';
import { byteRangeOf } from '../../server/http/byte-range';

describe('byteRangeOf', () => {
  it('reads first-last, first- and -suffix, clipped to the file', () => {
    expect(byteRangeOf('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRangeOf('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRangeOf('bytes=-5', 100)).toEqual({ start: 95, end: 99 });
    expect(byteRangeOf('bytes=90-200', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRangeOf('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRangeOf(' bytes= 3 - 4', 100)).toEqual({ start: 3, end: 4 });
  });

  it('sends the whole file without a byte range, or for ranges that stay apart', () => {
    expect(byteRangeOf(undefined, 100)).toBeUndefined();
    expect(byteRangeOf('items=0-5', 100)).toBeUndefined();
    expect(byteRangeOf('bytes=0-1,5-6', 100)).toBeUndefined();
  });

  it('merges ranges that overlap or touch into one', () => {
    expect(byteRangeOf('bytes=3-9,0-4', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRangeOf('bytes=0-4,5-9', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRangeOf('bytes=0-4,200-300', 100)).toEqual({ start: 0, end: 4 });
  });

  it('finds none satisfiable past the end, backwards, empty or not numbers (416)', () => {
    expect(byteRangeOf('bytes=100-', 100)).toBe('unsatisfiable');
    expect(byteRangeOf('bytes=9-3', 100)).toBe('unsatisfiable');
    expect(byteRangeOf('bytes=-0', 100)).toBe('unsatisfiable');
    expect(byteRangeOf('bytes=abc', 100)).toBe('unsatisfiable');
    expect(byteRangeOf('bytes=', 100)).toBe('unsatisfiable');
    expect(byteRangeOf('bytes=0-', 0)).toBe('unsatisfiable');
  });
});
