import type { SeenAgenda } from '../../../shared/move-notices';
import type { HistoryEntry } from '../../../shared/notice-history';
import { KEY_PREFIX as COPY_PREFIX } from '../offline/stored-snapshot';

/**
 * What this device keeps per event about moves: the agenda as it last saw the sessions of
 * interest (to compare the next view with, also after the phone was closed) and the notices
 * with whether each was dismissed. A few kilobytes at most.
 */
export interface MoveRecord {
  seen: SeenAgenda;
  history: HistoryEntry[];
}

const PREFIX = 'knyta:moves:';
const FORMAT = 1;

/** The storage key of an event's record: another tab's write to it arrives as a storage event. */
export const recordKey = (eventId: string) => PREFIX + eventId;

export function readRecord(eventId: string): MoveRecord | null {
  try {
    const { v, seen, history } = JSON.parse(localStorage.getItem(recordKey(eventId))!);
    return v === FORMAT && Number.isInteger(seen.version) && Array.isArray(seen.sessions)
      ? { seen, history: Array.isArray(history) ? history : [] }
      : null;
  } catch {
    return null;
  }
}

export function writeRecord(eventId: string, record: MoveRecord): void {
  try {
    localStorage.setItem(recordKey(eventId), JSON.stringify({ v: FORMAT, ...record }));
  } catch {
    // Full or private storage: notices still show, only not after a reload.
  }
}

/**
 * Lets go of the records of events whose stored copy of the agenda is gone: those copies are
 * pruned to the last few events (offline/copies-to-drop.ts), and a record outlives its copy for
 * no use.
 */
export function pruneRecords(keep: string): void {
  try {
    const keys = Object.keys(localStorage);
    for (const key of keys) {
      const eventId = key.slice(PREFIX.length);
      if (key.startsWith(PREFIX) && eventId !== keep && !keys.includes(COPY_PREFIX + eventId)) {
        localStorage.removeItem(key);
      }
    }
  } catch {
    // No storage: nothing was kept.
  }
}
