import { describe, expect, it } from 'vitest';
import { etagMatches, pickEncoding } from '../../server/http/negotiate';

const BOTH = ['br', 'gzip'] as const;

describe('pickEncoding', () => {
  it('prefers brotli when both are accepted alike, as browsers send them', () => {
    expect(pickEncoding('gzip, deflate, br, zstd', BOTH)).toBe('br');
    expect(pickEncoding('br', BOTH)).toBe('br');
    expect(pickEncoding('gzip', BOTH)).toBe('gzip');
    expect(pickEncoding('GZIP, BR', BOTH)).toBe('br');
  });

  it('sends the body as it is without a header, or when none offered is accepted', () => {
    expect(pickEncoding(undefined, BOTH)).toBeUndefined();
    expect(pickEncoding('', BOTH)).toBeUndefined();
    expect(pickEncoding('identity', BOTH)).toBeUndefined();
    expect(pickEncoding('deflate, zstd', BOTH)).toBeUndefined();
    expect(pickEncoding('br', ['gzip'])).toBeUndefined();
    expect(pickEncoding('gzip', [])).toBeUndefined();
  });

  it('reads q-values: 0 refuses, the highest wins, a tie goes to our order', () => {
    expect(pickEncoding('br;q=0, gzip', BOTH)).toBe('gzip');
    expect(pickEncoding('br; q=0', BOTH)).toBeUndefined();
    expect(pickEncoding('gzip;q=0, br', BOTH)).toBe('br');
    expect(pickEncoding('br;q=0.5, gzip;q=0.8', BOTH)).toBe('gzip');
    expect(pickEncoding('br;q=1, gzip;q=0.8', BOTH)).toBe('br');
    expect(pickEncoding('gzip;q=0.5, br;q=0.5', BOTH)).toBe('br');
    expect(pickEncoding('br;q=nonsense, gzip;q=0.1', BOTH)).toBe('gzip');
  });

  it('lets * stand for what the header does not name, and reads x-gzip as gzip', () => {
    expect(pickEncoding('*', BOTH)).toBe('br');
    expect(pickEncoding('br;q=0, *', BOTH)).toBe('gzip');
    expect(pickEncoding('gzip;q=0, *', BOTH)).toBe('br');
    expect(pickEncoding('gzip;q=0, identity', ['gzip'])).toBeUndefined();
    expect(pickEncoding('*;q=0', BOTH)).toBeUndefined();
    expect(pickEncoding('x-gzip', BOTH)).toBe('gzip');
  });
});

describe('etagMatches', () => {
  it('compares weakly, in a list, and * matches anything', () => {
    expect(etagMatches('W/"a-1"', 'W/"a-1"')).toBe(true);
    expect(etagMatches('"a-1"', 'W/"a-1"')).toBe(true);
    expect(etagMatches('"nope", W/"a-1"', 'W/"a-1"')).toBe(true);
    expect(etagMatches('*', 'W/"a-1"')).toBe(true);
    expect(etagMatches('W/"a-2"', 'W/"a-1"')).toBe(false);
    expect(etagMatches(undefined, 'W/"a-1"')).toBe(false);
  });
});
