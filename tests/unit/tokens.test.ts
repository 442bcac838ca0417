import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
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
