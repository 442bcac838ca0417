/** The content codings this server sends, in its order of preference: brotli is smaller. */
export type Coding = 'br' | 'gzip';

/**
 * Which of `offered` (in our order of preference) to send, by `accept-encoding`'s q-values
 * (RFC 9110 §12.5.3): a coding the header does not name is acceptable only through `*`, a q of
 * 0 refuses it, the highest q wins and a tie goes to our order. `x-gzip` is gzip. Undefined
 * when the header is missing or accepts none of them: the body goes as it is.
 */
export function pickEncoding(
  header: string | undefined,
  offered: readonly Coding[],
): Coding | undefined {
  if (!header) return undefined;
  const quality = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2)) || 0;
    const coding = name === 'x-gzip' ? 'gzip' : name;
    if (!quality.has(coding)) quality.set(coding, value);
  }
  let best: Coding | undefined;
  let bestQ = 0;
  for (const coding of offered) {
    const q = quality.get(coding) ?? quality.get('*') ?? 0;
    if (q > bestQ) [best, bestQ] = [coding, q];
  }
  return best;
}

/** Whether `if-none-match` names `etag`, compared weakly as a GET's revalidation should be. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}
