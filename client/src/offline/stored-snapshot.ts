import type { Snapshot } from '../../../shared/schemas/snapshot';

/**
 * This device's last copy of one event, for when the network is gone (issue 9 §4). Reading and
 * writing are here, in the entry chunk, so that the page can show the copy on its first render;
 * the note that says how old it is comes in a chunk of its own (offline-note.ts), which only a
 * phone without a network loads (from the service worker's cache).
 */
export interface StoredSnapshot {
  /** When the copy was known to be the server's (ms since the epoch). */
  savedAt: number;
  snapshot: Snapshot;
}

// Its own key, not the token's: the snapshot never carries a token, and forgetting one leaves
// the other (the token's key is knyta:participant:<eventId>, stores/tokens.ts).
export const KEY_PREFIX = 'knyta:offline:';
export const keyOf = (eventId: string) => KEY_PREFIX + eventId;
// 2: `me` has `starred` and `calendarUrl`; a copy from before would lack them, so it is left
// unread (the next snapshot fetched replaces it).
export const FORMAT = 2;

export function writeStored(eventId: string, snapshot: Snapshot, savedAt: number): void {
  try {
    localStorage.setItem(keyOf(eventId), JSON.stringify({ v: FORMAT, savedAt, snapshot }));
  } catch {
    // Full or private storage: the page works, only not offline.
  }
}

export function readStored(eventId: string): StoredSnapshot | null {
  try {
    return parseStored(localStorage.getItem(keyOf(eventId)), eventId);
  } catch {
    return null;
  }
}

/**
 * A stored record, or null when it is not one this build wrote for this event: unparsable,
 * another format, another event's, or missing a part the stores need.
 */
export function parseStored(text: string | null, eventId: string): StoredSnapshot | null {
  try {
    const { v, savedAt, snapshot: s } = JSON.parse(text!);
    return v === FORMAT &&
      savedAt > 0 &&
      s.event.id === eventId &&
      Number.isInteger(s.version) &&
      [s.rooms, s.slots, s.proposals, s.placements].every(Array.isArray) &&
      (!s.me || (s.me.role === 'participant' && s.me.participant && s.me.votes))
      ? { savedAt, snapshot: s }
      : null;
  } catch {
    return null;
  }
}
