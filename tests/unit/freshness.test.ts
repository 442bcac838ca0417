import { describe, expect, it } from 'vitest';
import { conditionalAnswer, rangeApplies } from '../../server/http/freshness';

const v = { etag: 'W/"38b-1a2346500d3"', lastModified: 'Wed, 02 Dec 2026 01:36:04 GMT' };
const EARLIER = 'Thu, 01 Jan 1970 00:00:00 GMT';
const LATER = 'Fri, 01 Jan 2027 00:00:00 GMT';
const answer = (headers: Record<string, string>) => conditionalAnswer(headers, v);

describe('conditionalAnswer', () => {
  it('sends the file to a request without conditions', () => {
    expect(answer({})).toBe('send');
  });

  it('answers 304 to the ETag the browser holds, weak or not, in a list, or *', () => {
    expect(answer({ 'if-none-match': v.etag })).toBe('not-modified');
    expect(answer({ 'if-none-match': '"38b-1a2346500d3"' })).toBe('not-modified');
    expect(answer({ 'if-none-match': `"nope", ${v.etag}` })).toBe('not-modified');
    expect(answer({ 'if-none-match': '*' })).toBe('not-modified');
    expect(answer({ 'if-none-match': 'W/"38b-1a2346500d4"' })).toBe('send');
  });

  it('answers 304 to a date no older than the file, unless an ETag decides', () => {
    expect(answer({ 'if-modified-since': v.lastModified })).toBe('not-modified');
    expect(answer({ 'if-modified-since': LATER })).toBe('not-modified');
    expect(answer({ 'if-modified-since': EARLIER })).toBe('send');
    expect(answer({ 'if-modified-since': 'garbage' })).toBe('send');
    expect(answer({ 'if-none-match': '"nope"', 'if-modified-since': LATER })).toBe('send');
  });

  it('sends the file on a reload, which asks with Cache-Control: no-cache', () => {
    expect(answer({ 'if-none-match': v.etag, 'cache-control': 'no-cache' })).toBe('send');
    expect(answer({ 'if-none-match': v.etag, 'cache-control': 'max-age=0' })).toBe('not-modified');
  });

  it('fails If-Match on another ETag and If-Unmodified-Since on a newer file (412)', () => {
    expect(answer({ 'if-match': '"nope"' })).toBe('precondition-failed');
    expect(answer({ 'if-match': v.etag })).toBe('send');
    expect(answer({ 'if-match': '*' })).toBe('send');
    expect(answer({ 'if-unmodified-since': EARLIER })).toBe('precondition-failed');
    expect(answer({ 'if-unmodified-since': v.lastModified })).toBe('send');
    expect(answer({ 'if-unmodified-since': 'garbage' })).toBe('send');
    expect(answer({ 'if-match': '"nope"', 'if-none-match': v.etag })).toBe('precondition-failed');
  });
});

describe('rangeApplies', () => {
  it('applies without If-Range, or when it names this version by ETag or date', () => {
    expect(rangeApplies({}, v)).toBe(true);
    expect(rangeApplies({ 'if-range': v.etag }, v)).toBe(true);
    expect(rangeApplies({ 'if-range': v.lastModified }, v)).toBe(true);
    expect(rangeApplies({ 'if-range': LATER }, v)).toBe(true);
  });

  it('does not apply to another version, nor on a date that does not parse', () => {
    expect(rangeApplies({ 'if-range': '"nope"' }, v)).toBe(false);
    expect(rangeApplies({ 'if-range': EARLIER }, v)).toBe(false);
    expect(rangeApplies({ 'if-range': 'garbage' }, v)).toBe(false);
  });
});
