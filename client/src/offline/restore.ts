/**
 * What only a phone without a network runs, in a chunk of its own that the service worker
 * precaches: reading the stored snapshot, and the words that say how old it is.
 */
import { addMessages, locale, t } from '../i18n';
import { offlineMessages } from '../i18n/offline';
import { asOfTime } from './as-of';
import '../styles/offline.css';
import type { Snapshot } from '../../../shared/schemas/snapshot';
import type { OfflineNote } from './snapshot-keeper';
import { parseStored } from './parse-stored';
import { keyOf, type StoredSnapshot } from './stored-snapshot';

addMessages(offlineMessages);

export function readStored(eventId: string): StoredSnapshot | null {
  try {
    return parseStored(localStorage.getItem(keyOf(eventId)), eventId);
  } catch {
    return null;
  }
}

/**
 * Loads the stored copy through the same path as a fetched snapshot, unless one came first,
 * and from then on shows the note that says so.
 */
export function restore(
  eventId: string,
  loaded: () => boolean,
  load: (snapshot: Snapshot) => void,
  setNote: (note: () => OfflineNote) => void,
): void {
  const stored = readStored(eventId);
  if (!stored || loaded()) return;
  load(stored.snapshot);
  // "Offline – as of 14:02", in the event's time zone like the agenda's times, not the phone's.
  setNote(
    () => (timeZone) => t('offline.asOf', { time: asOfTime(stored.savedAt, locale(), timeZone) }),
  );
}
