import { describe, expect, it } from 'vitest';
import { serverVersionAt } from '../../scripts/bench-live/catch-up';
import { factsOf, versionOf } from '../../scripts/bench-live/facts';
import {
  leanParser,
  RawFrame,
  scanFacts,
  streamVersions,
  createRunMemo,
  runOf,
} from '../../scripts/bench-live/lean-parser';
import { FACTS_MESSAGE, isFactsMessage } from '../../scripts/bench-live/lean-transport';
import { summarize } from '../../scripts/bench-live/stats';
import { snapshotVersion } from '../../scripts/bench-live/client-sync';

describe('bench:live reading the live protocol', () => {
  it('unpacks `facts` frames in order, and nothing else', () => {
    const frame = [
      ['tally:changed', { proposalId: 'p1', dots: 2, voters: 1, version: 7 }],
      ['ballot:changed', { ballots: [] }],
      ['tally:changed', { proposalId: 'p2', dots: 1, voters: 1, version: 8 }],
    ];
    const facts = factsOf('facts', [frame]);
    expect(facts.map((f) => f.name)).toEqual(['tally:changed', 'ballot:changed', 'tally:changed']);
    expect(facts.map(versionOf)).toEqual([7, null, 8]);
    expect(factsOf('tally:changed', [{ version: 3 }])).toEqual([]);
  });

  it('counts only the stream every viewer gets, not a voter’s own budget', () => {
    const own = {
      name: 'vote:changed',
      payload: { proposalId: 'p', dots: 1, remaining: 4, version: 9 },
    };
    expect(versionOf(own)).toBeNull();
    expect(versionOf({ name: 'ballot:changed', payload: { ballots: [] } })).toBeNull();
    expect(versionOf({ name: 'tally:changed', payload: null })).toBeNull();
    expect(versionOf({ name: 'tally:changed', payload: { version: '3' } })).toBeNull();
    expect(factsOf('facts', [[['x'], 'junk', [1, 2]]])).toEqual([
      { name: 'x', payload: undefined },
    ]);
  });
});

describe('bench:live reading frames without parsing them', () => {
  const frame: [string, unknown][] = [
    ['tally:changed', { proposalId: 'p1', dots: 2, voters: 1, version: 7 }],
    ['ballot:changed', { ballots: [{ participantId: 'a', proposalId: 'p1', dots: 2 }] }],
    [
      'proposal:created',
      {
        proposal: {
          id: 'p2',
          title: 'Say ["room:created",{"version":99} and "version":5 in a title',
          hosts: ['Åsa "Q" Öberg'],
          dots: 0,
        },
        version: 8,
      },
    ],
    ['event:updated', { event: { id: 'e', name: '{"version":1}' }, version: 9 }],
    ['vote:changed', { proposalId: 'p1', dots: 2, remaining: 3, version: 9 }],
  ];

  it('finds the same names and versions as parsing the JSON does', () => {
    const text = JSON.stringify(frame);
    const scanned = scanFacts(text);
    expect(scanned.map((f) => f.name)).toEqual(frame.map(([name]) => name));
    expect(scanned.map(versionOf)).toEqual(factsOf('facts', [frame]).map(versionOf));
    expect(factsOf('facts', [new RawFrame(text)]).map(versionOf)).toEqual([7, null, 8, 9, null]);
  });

  it('reads a frame’s stream of versions in one pass, or asks for a closer look', () => {
    const stream = frame.filter(([name]) => name !== 'vote:changed');
    expect(streamVersions(JSON.stringify(stream))).toEqual([7, 8, 9]);
    expect(streamVersions(JSON.stringify(frame))).toBeNull();
    expect(streamVersions(JSON.stringify([['event:reset', { version: 12 }]]))).toBeNull();
    expect(streamVersions('[["ballot:changed",{"ballots":[]}]]')).toEqual([]);
  });

  it('takes a frame’s versions as one run only when they follow each other', () => {
    expect(runOf([7, 8, 9])).toEqual({ first: 7, last: 9 });
    expect(runOf([])).toEqual({ first: 1, last: 0 });
    expect(runOf([7, 9])).toBeNull();
    expect(runOf(null)).toBeNull();
  });

  it('reads a frame once for every socket that receives the same bytes', () => {
    const runOfMessage = createRunMemo(FACTS_MESSAGE.length);
    const message = (facts: unknown) => Buffer.from(`42["facts",${JSON.stringify(facts)}]`);
    const stream = frame.filter(([name]) => name !== 'vote:changed');
    const first = runOfMessage(message(stream));
    expect(first).toEqual({ first: 7, last: 9 });
    // The same bytes in another socket's own buffer: the same answer, not read again.
    expect(runOfMessage(message(stream))).toBe(first);
    expect(runOfMessage(message(frame))).toBeNull();
    expect(runOfMessage(message([['ballot:changed', { ballots: [] }]]))).toEqual({
      first: 1,
      last: 0,
    });
    // Same length, other bytes: read anew, never taken for the known frame.
    const other = message(stream);
    other[other.indexOf('"version":7') + 10] = '6'.charCodeAt(0);
    expect(runOfMessage(other)).toBeNull();
    expect(isFactsMessage(message(stream))).toBe(true);
    expect(isFactsMessage(Buffer.from('42["other",{}]'))).toBe(false);
    expect(isFactsMessage(Buffer.from('2'))).toBe(false);
  });

  it('hands socket.io-client a raw frame and decodes every other packet as usual', () => {
    const decoder = new leanParser.Decoder();
    const seen: unknown[] = [];
    decoder.on('decoded', (packet: unknown) => seen.push(packet));
    decoder.add(`2["facts",${JSON.stringify(frame)}]`);
    decoder.add('0{"sid":"abc"}');
    decoder.add('2["other",{"a":1}]');
    expect(seen[0]).toMatchObject({ type: 2, nsp: '/', data: ['facts', expect.any(RawFrame)] });
    expect((seen[0] as { data: [string, RawFrame] }).data[1].text).toBe(JSON.stringify(frame));
    expect(seen[1]).toMatchObject({ type: 0, nsp: '/', data: { sid: 'abc' } });
    expect(seen[2]).toMatchObject({ type: 2, data: ['other', { a: 1 }] });
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

describe('bench:live reading a snapshot', () => {
  it('reads the top-level version off the text, as parsing it would', () => {
    const shared = {
      event: { id: 'e', name: '"version":7 ,"version":8', version: 3 },
      proposals: [{ id: 'p', title: ',"version":9,"me":{}', dots: 1 }],
      version: 42,
    };
    const mine = { ...shared, me: { role: 'participant', votes: { p: 2 }, remaining: 3 } };
    for (const snapshot of [shared, mine, { version: 5 }]) {
      expect(snapshotVersion(JSON.stringify(snapshot))).toBe(snapshot.version);
    }
    // Another shape: parsed whole, never guessed.
    expect(snapshotVersion(JSON.stringify({ version: 6, extra: { version: 1 } }))).toBe(6);
  });
});
