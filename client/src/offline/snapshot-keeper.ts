import { createSignal } from 'solid-js';
import type { Snapshot } from '../../../shared/schemas/snapshot';
import type { EventStore } from '../stores/event-store';
import type { MeStore } from '../stores/me-store';
import { writeStored } from './stored-snapshot';

/** At most one write per this many ms while changes stream in. */
const SAVE_EVERY_MS = 3000;

/** While the stored copy is shown, the words saying so, for the event's time zone. */
export type OfflineNote = (timeZone: string | undefined) => string;

/**
 * Keeps the participant's last view of the event on the device and gives it back when the
 * network is gone. A copy is written stamped with the moment it was the server's: after a
 * change came (debounced), and, while live, when the page is hidden or closed (event-sync.ts).
 * A phone that lost the network while open says when it last saved, never a later time.
 * Only writing is here, in the entry chunk; restoring is in restore.ts (see there).
 */
export function snapshotKeeper(eventId: string, events: EventStore, me: MeStore) {
  const [note, setNote] = createSignal<OfflineNote | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Not while the stored copy is shown: it would come back stamped with a later time.
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    // A participant's own view: the facilitator's part is never theirs to keep.
    if (!note()) writeStored(eventId, { ...events.state, me: me.state } as Snapshot, Date.now());
  };
  const saveSoon = () => (timer ??= setTimeout(save, SAVE_EVERY_MS));

  return {
    note,
    save,
    changed: saveSoon,
    /** A snapshot came from the server: live again. */
    fetched() {
      setNote(null);
      saveSoon();
    },
    /** Shows the stored copy, if any, unless a snapshot came meanwhile (see restore.ts). */
    restore(loaded: () => boolean, load: (snapshot: Snapshot) => void) {
      import('./restore')
        .then((m) => m.restore(eventId, loaded, load, setNote))
        // Never online since the service worker came: no chunk, and nothing stored either.
        .catch(() => undefined);
    },
  };
}
