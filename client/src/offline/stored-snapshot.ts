import type { Snapshot } from '../../../shared/schemas/snapshot';

/**
 * This device's last copy of one event, for when the network is gone (issue 9 §4). Writing is
 * here, in the entry chunk; reading is in restore.ts, a chunk of its own that only a phone
 * without a network loads (from the service worker's cache).
 */
export interface StoredSnapshot {
  /** When the copy was known to be the server's (ms since the epoch). */
  savedAt: number;
  snapshot: Snapshot;
}

// Its own key, not the token's: the snapshot never carries a token, and forgetting one leaves
// the other (the token's key is knyta:participant:<eventId>, stores/tokens.ts).
export const keyOf = (eventId: string) => `knyta:offline:${eventId}`;
export const FORMAT = 1;

export function writeStored(eventId: string, snapshot: Snapshot, savedAt: number): void {
  try {
    localStorage.setItem(keyOf(eventId), JSON.stringify({ v: FORMAT, savedAt, snapshot }));
  } catch {
    // Full or private storage: the page works, only not offline.
  }
}
