/** Inclusive byte offsets, as Content-Range counts them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The part of a `size`-byte file that a `Range` header asks for (RFC 9110 §14): undefined for
 * the whole file (no header, another unit, or ranges that stay apart after merging, which would
 * need a multipart answer nobody here asks for), 'unsatisfiable' (416) when no range fits.
 */
export function byteRangeOf(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  if (header === undefined || !/^ *bytes=/.test(header)) return undefined;
  const ranges = header
    .slice(header.indexOf('=') + 1)
    .split(',')
    .map((spec) => rangeOf(spec, size))
    .filter((r): r is ByteRange => r !== undefined)
    .sort((a, b) => a.start - b.start);
  const [first, ...rest] = ranges;
  if (!first) return 'unsatisfiable';
  const merged = { ...first };
  for (const r of rest) {
    if (r.start > merged.end + 1) return undefined;
    merged.end = Math.max(merged.end, r.end);
  }
  return merged;
}

/** One `first-last`, `first-` or `-suffix` spec, clipped to the file; undefined if it misses. */
function rangeOf(spec: string, size: number): ByteRange | undefined {
  const [from = '', to = ''] = spec.split('-').map((s) => s.trim());
  const first = parseInt(from, 10);
  const last = parseInt(to, 10);
  const range = Number.isNaN(first)
    ? { start: Math.max(0, size - last), end: size - 1 }
    : { start: first, end: Number.isNaN(last) ? size - 1 : Math.min(last, size - 1) };
  if (Number.isNaN(range.start) || range.start < 0 || range.start > range.end) return undefined;
  return range;
}
