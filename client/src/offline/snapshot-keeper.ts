import { createEffect, createSignal, type Accessor } from 'solid-js';
import type { Snapshot } from '../../../shared/schemas/snapshot';
import type { ConnectionStatus } from '../live/socket';
import type { EventStore } from '../stores/event-store';
import type { MeStore } from '../stores/me-store';
import type { offlineNote } from './offline-note';
import { readStored, writeStored } from './stored-snapshot';

/** At most one write per this many ms while changes stream in. */
const SAVE_EVERY_MS = 3000;

/**
 * Keeps the participant's last view of the event on the device and shows it when the page is
 * opened again, at once, until the server's snapshot replaces it. A copy is written stamped
 * with the moment it was the server's: after a change came (debounced), and, while live, when
 * the page is hidden or closed (event-sync.ts). A phone that lost the network while open says
 * when it last saved, never a later time.
 */
export function snapshotKeeper(
  eventId: string,
  events: EventStore,
  me: MeStore,
  socket: Accessor<ConnectionStatus>,
) {
  // While the stored copy is on screen, when it was the server's.
  const [shownSince, setShownSince] = createSignal<number>();
  // Since then, an attempt to reach the server has failed.
  const [unreachable, setUnreachable] = createSignal(false);
  const [words, setWords] = createSignal<typeof offlineNote>();
  // Until then the copy is shown unmarked, with "Connecting…": a phone on a working network
  // replaces it within a second, and must not flash "Offline" on every visit.
  const offline = () => shownSince() !== undefined && (unreachable() || socket() === 'offline');
  createEffect(() => {
    if (offline() && !words()) {
      import('./offline-note')
        .then((m) => setWords(() => m.offlineNote))
        // The service worker came after the copy was saved: no chunk, only the words are missing.
        .catch(() => undefined);
    }
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let pruned = false;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    // Not while the stored copy is shown: it would come back stamped with a later time.
    if (shownSince() !== undefined) return;
    // A participant's own view: the facilitator's part is never theirs to keep.
    writeStored(eventId, { ...events.state, me: me.state } as Snapshot, Date.now());
    if (!pruned) {
      pruned = true;
      // Other events' old copies go once a page has saved its own; not needed for a first paint.
      import('./prune-copies').then((m) => m.pruneCopies(Date.now())).catch(() => undefined);
    }
  };
  const saveSoon = () => (timer ??= setTimeout(save, SAVE_EVERY_MS));

  return {
    offline,
    /** While the stored copy is shown offline, the words saying how old it is; else empty. */
    note: () => {
      const at = shownSince();
      const say = words();
      return at && say && offline() ? say(at, events.state.event?.timezone) : '';
    },
    save,
    changed: saveSoon,
    /** Shows the stored copy, if there is one; the first snapshot from the server replaces it. */
    restore(load: (snapshot: Snapshot) => void) {
      const stored = readStored(eventId);
      if (!stored) return;
      load(stored.snapshot);
      setShownSince(stored.savedAt);
    },
    /** The server could not be reached. */
    failed: () => setUnreachable(true),
    /** A snapshot came from the server: live again. */
    fetched() {
      setShownSince(undefined);
      saveSoon();
    },
  };
}
