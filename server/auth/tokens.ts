import { createHash } from 'node:crypto';

let lastToken: string | null = null;
let lastHash = '';

/**
 * Tokens are stored only as hashes; a leaked database does not leak anyone's key. A write's
 * token is hashed by its rate limit and again by its authorization, one right after the other:
 * the last answer is kept for the second (one token, not a table of them).
 */
export function hashToken(token: string): string {
  if (token !== lastToken) {
    lastHash = createHash('sha256').update(token).digest('base64url');
    lastToken = token;
  }
  return lastHash;
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}
