/**
 * Ids for the apps that read the agenda (frab schedule, calendar feed): the same session gets
 * the same ids in every export, so an app that reloads it keeps its favourites and entries.
 */

/** FNV-1a, 32 bits, from a seed: small, fast and stable everywhere. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * A UUID derived from `name` (RFC 9562 version 8, "custom": the bits are hashes of the name,
 * not random): the same name always gives the same UUID.
 */
export function stableUuid(name: string): string {
  const h = [1, 2, 3, 4].map((seed) => hex8(fnv1a(name, seed))).join('');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A session's UUID in every export that names one (frab's guid, iCalendar's UID). */
export const sessionGuid = (eventId: string, proposalId: string) =>
  stableUuid(`knyta:${eventId}:${proposalId}`);

/**
 * A positive integer per key (frab's event ids are integers), stable across exports; a rare
 * clash of hashes moves the later key (in `keys` order) to the next free number.
 */
export function stableIntegers(keys: readonly string[]): Map<string, number> {
  const taken = new Set<number>();
  const ids = new Map<string, number>();
  for (const key of keys) {
    let n = (fnv1a(key, 0) % 2_000_000_000) + 1;
    while (taken.has(n)) n++;
    taken.add(n);
    ids.set(key, n);
  }
  return ids;
}
