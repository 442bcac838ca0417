import { createHash } from 'node:crypto';

/** Tokens are stored only as hashes; a leaked database does not leak anyone's key. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}
