import fc from 'fast-check';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, crc32InJs, gzipHead, gzipWithTail } from '../../server/snapshots/gzip-tail';

describe('gzip with a shared, precompressed head', () => {
  it('computes the CRC-32 gzip uses, also in parts, natively or in JavaScript', () => {
    const text = Buffer.from('The quick brown fox jumps over the lazy dog');
    for (const crc of [crc32, crc32InJs]) {
      expect(crc(text)).toBe(0x414fa339);
      expect(crc(text.subarray(10), crc(text.subarray(0, 10)))).toBe(0x414fa339);
      const empty = Buffer.alloc(0);
      empty.subarray(0, 1);
      expect(crc(empty, 0x414fa339)).toBe(0x414fa339);
    }
  });

  it('decompresses to head + tail for any head and tail, long tails included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (head, tail) => {
          const h = Buffer.from(head.repeat(3));
          const t = Buffer.from(tail);
          const zipped = gzipWithTail(gzipHead(h), t);
          expect(gunzipSync(zipped).equals(Buffer.concat([h, t]))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
    const head = Buffer.from('{"proposals":[' + '"Öppna data",'.repeat(5000));
    const tail = Buffer.alloc(70_000, 'å');
    const zipped = gzipWithTail(gzipHead(head), tail);
    expect(gunzipSync(zipped).equals(Buffer.concat([head, tail]))).toBe(true);
    expect(zipped.length).toBeLessThan(head.length / 10 + tail.length + 100);
  });
});
