import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { feedTokenOf } from '../../server/auth/feed-token';
import { bearerToken, hashToken } from '../../server/auth/tokens';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

describe('hashToken', () => {
  it('is the SHA-256 of the token, asked twice in a row or in turns', () => {
    expect(hashToken('')).toBe(sha256(''));
    expect(hashToken('a-token')).toBe(sha256('a-token'));
    expect(hashToken('a-token')).toBe(sha256('a-token'));
    expect(hashToken('another')).toBe(sha256('another'));
    expect(hashToken('a-token')).toBe(sha256('a-token'));
    expect(hashToken('')).toBe(sha256(''));
  });
});

describe('bearerToken', () => {
  it('reads the token of an Authorization header, and nothing else', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('feedTokenOf', () => {
  it('keeps the URLs named before epochs existed, and gives each epoch a token of its own', () => {
    const before = createHmac('sha256', 'a-token')
      .update('knyta:calendar-feed')
      .digest('base64url')
      .slice(0, 32);
    expect(feedTokenOf('a-token')).toBe(before);
    expect(feedTokenOf('a-token', 0)).toBe(before);
    const epochs = [0, 1, 2, 3].map((e) => feedTokenOf('a-token', e));
    expect(new Set(epochs).size).toBe(4);
    for (const token of epochs) expect(token).toMatch(/^[\w-]{32}$/);
    expect(feedTokenOf('another', 1)).not.toBe(epochs[1]);
  });
});
