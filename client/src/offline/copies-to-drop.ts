/** The events whose stored copies a device keeps: the most recently saved few… */
export const KEEP_COPIES = 5;
/** …and none older than this. */
export const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export interface StoredCopy {
  key: string;
  /** When it was saved (ms since the epoch); NaN when it cannot be read. */
  savedAt: number;
}

/**
 * Which stored copies to delete, given the time now. Why these limits: each copy is a whole
 * snapshot of an event (tens of kilobytes, more for a big one) and a site has about 5 MB of
 * localStorage, which the tokens, pitch drafts and my events share; a phone taken to an event a
 * month would otherwise fill it in a year and then fail to save the copy that matters. An
 * unconference lasts a day or two: the copies of the last five events cover a person's week,
 * and a copy a month old is of an event long over, which opens online like any other. The copy
 * just saved is the newest, so a page never drops its own. A copy whose time cannot be read is
 * of no use offline (restoring it fails the same way) and goes too.
 */
export function copiesToDrop(copies: readonly StoredCopy[], now: number): string[] {
  return copies
    .map((c) => ({ key: c.key, savedAt: Number.isFinite(c.savedAt) ? c.savedAt : 0 }))
    .sort((a, b) => b.savedAt - a.savedAt)
    .filter((c, i) => i >= KEEP_COPIES || now - c.savedAt > KEEP_MS)
    .map((c) => c.key);
}
