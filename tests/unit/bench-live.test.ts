import { describe, expect, it } from 'vitest';
import { serverVersionAt } from '../../scripts/bench-live/catch-up';
import { factsOf, versionOf } from '../../scripts/bench-live/facts';
import { summarize } from '../../scripts/bench-live/stats';

describe('bench:live reading the live protocol', () => {
  it('reads one Socket.IO event per fact', () => {
    const tally = { proposalId: 'p1', dots: 2, voters: 1, version: 7 };
    expect(factsOf('tally:changed', [tally])).toEqual([{ name: 'tally:changed', payload: tally }]);
    expect(versionOf(tally)).toBe(7);
  });

  it('unpacks coalesced `facts` frames in order', () => {
    const frame = [
      ['tally:changed', { proposalId: 'p1', dots: 2, voters: 1, version: 7 }],
      ['ballot:changed', { ballots: [] }],
      ['tally:changed', { proposalId: 'p2', dots: 1, voters: 1, version: 8 }],
    ];
    const facts = factsOf('facts', [frame]);
    expect(facts.map((f) => f.name)).toEqual(['tally:changed', 'ballot:changed', 'tally:changed']);
    expect(facts.map((f) => versionOf(f.payload))).toEqual([7, null, 8]);
  });

  it('finds no version in unversioned or malformed payloads', () => {
    expect(versionOf({ ballots: [] })).toBeNull();
    expect(versionOf(null)).toBeNull();
    expect(versionOf({ version: '3' })).toBeNull();
    expect(factsOf('facts', [[['x'], 'junk', [1, 2]]])).toEqual([
      { name: 'x', payload: undefined },
    ]);
  });
});

describe('bench:live statistics', () => {
  it('gives nearest-rank percentiles', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(s).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
    expect(summarize([])).toMatchObject({ count: 0, p95: 0, max: 0 });
  });
});

describe('bench:live catch-up target', () => {
  it('is the highest version answered by then, or the floor before any answer', () => {
    // Answers may come back out of version order.
    const at = serverVersionAt(Float64Array.from([10, 41, 20, 43, 30, 42]), 40);
    expect(at(5)).toBe(40);
    expect(at(10)).toBe(41);
    expect(at(25)).toBe(43);
    expect(at(35)).toBe(43);
    expect(serverVersionAt(new Float64Array(0), 7)(100)).toBe(7);
  });
});
