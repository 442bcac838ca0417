import { batch, createSignal } from 'solid-js';
import { fetchSnapshot } from '../api/endpoints';
import { isApiError, type ClientErrorCode } from '../api/http';
import type { AdminStore } from '../stores/admin-store';
import type { EventStore } from '../stores/event-store';
import type { MeStore } from '../stores/me-store';
import { snapshotKeeper } from '../offline/snapshot-keeper';
import type { Note } from '../../../shared/schemas/note';
import type { Snapshot } from '../../../shared/schemas/snapshot';
import { openLiveConnection, type ConnectionStatus } from './socket';

/** Failures after which retrying is pointless: the page must tell the person. */
const FATAL: ReadonlySet<ClientErrorCode> = new Set([
  'unauthorized',
  'forbidden',
  'event_not_found',
  'not_found',
]);
const RETRY_AFTER_MS = 3000;
/**
 * How long the first snapshot waits for the socket before the page fetches one without it (a
 * stored copy, if the phone has one, is on screen meanwhile).
 */
const FIRST_PAINT_WAIT_MS = 1500;

export interface SyncOptions {
  eventId: string;
  token: string | null;
  events: EventStore;
  me: MeStore;
  /** Facilitators' extra view (ballots, history, avoid pairs). */
  admin: AdminStore;
  /** False while my own vote answers, not older pushes, decide my dots. */
  acceptsVotePush: () => boolean;
  /** Keep the last snapshot on the device and show it when the network is gone. */
  keepOffline?: boolean;
  /** The notes page's notes, not in the snapshot: fetched after each one, kept by note facts. */
  notes?: NotesFeed;
}

export interface NotesFeed {
  load(): Promise<void>;
  changed(note: Note): void;
  removed(noteId: string): void;
}

/**
 * Keeps the stores equal to the server: a snapshot on every (re)connect, versioned deltas in
 * between, and a fresh snapshot whenever a version is missing.
 */
export function createEventSync(opts: SyncOptions) {
  const { events, me, admin } = opts;
  const live = openLiveConnection({
    eventId: opts.eventId,
    ...(opts.token ? { token: opts.token } : {}),
  });
  const [loaded, setLoaded] = createSignal(false);
  const [failure, setFailure] = createSignal<ClientErrorCode | null>(null);
  let syncing = false;
  let again = false;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let buffer: { version: number; apply: () => void }[] = [];
  const keeper = opts.keepOffline
    ? snapshotKeeper(opts.eventId, events, me, live.status)
    : undefined;

  // A stored snapshot takes the same path as a fetched one, and the next fetch replaces it.
  function load(snapshot: Snapshot): void {
    batch(() => {
      events.loadSnapshot(snapshot);
      me.loadSnapshot(snapshot);
      admin.loadSnapshot(snapshot);
    });
    setLoaded(true);
  }

  async function resync(): Promise<void> {
    if (closed) return;
    if (syncing) {
      again = true;
      return;
    }
    syncing = true;
    clearTimeout(retryTimer);
    let ok = false;
    try {
      do {
        again = false;
        const snapshot = await fetchSnapshot(opts.eventId, opts.token);
        if (closed) return;
        load(snapshot);
        await opts.notes?.load();
        keeper?.fetched();
      } while (again);
      ok = true;
    } catch (err) {
      const code = isApiError(err) ? err.code : 'internal';
      if (FATAL.has(code)) {
        setFailure(code);
        close();
      } else {
        keeper?.failed();
        retryTimer = setTimeout(() => void resync(), RETRY_AFTER_MS);
      }
    } finally {
      syncing = false;
    }
    const pending = buffer;
    buffer = [];
    if (ok) for (const d of pending) accept(d.version, d.apply);
  }

  function accept(version: number, apply: () => void): void {
    if (syncing) {
      buffer.push({ version, apply });
      return;
    }
    const current = events.state.version;
    if (version <= current) return;
    if (version !== current + 1) {
      void resync();
      return;
    }
    batch(() => {
      apply();
      events.setVersion(version);
    });
    keeper?.changed();
  }

  const visibilityKey = () => {
    const e = events.state.event;
    return e ? `${e.phase}|${e.blindVoting}|${e.dotsPerParticipant}` : '';
  };

  const dropPlacements = (keep: (p: { roomId: string; slotId: string }) => boolean) => {
    const removed = events.state.placements.filter((p) => !keep(p)).map((p) => p.proposalId);
    if (removed.length > 0) events.changePlacements([], removed);
  };

  live.on('event:updated', ({ event, version }) =>
    accept(version, () => {
      // Read before the update: the store object is updated in place.
      const before = visibilityKey();
      events.setEvent(event);
      // Tally visibility and my remaining dots follow these; only a snapshot has them right.
      if (before !== visibilityKey()) void resync();
    }),
  );
  live.on('room:created', ({ room, version }) => accept(version, () => events.upsertRoom(room)));
  live.on('room:updated', ({ room, version }) => accept(version, () => events.upsertRoom(room)));
  live.on('room:deleted', ({ roomId, version }) =>
    accept(version, () => {
      events.removeRoom(roomId);
      dropPlacements((p) => p.roomId !== roomId);
    }),
  );
  live.on('slot:created', ({ slots, version }) => accept(version, () => events.upsertSlots(slots)));
  live.on('slot:updated', ({ slot, version }) => accept(version, () => events.upsertSlots([slot])));
  live.on('slot:deleted', ({ slotId, version }) =>
    accept(version, () => {
      events.removeSlot(slotId);
      dropPlacements((p) => p.slotId !== slotId);
    }),
  );
  live.on('proposal:created', ({ proposal, version }) =>
    accept(version, () => events.upsertProposal(proposal)),
  );
  live.on('proposal:updated', ({ proposal, version }) =>
    accept(version, () => events.upsertProposal(proposal)),
  );
  live.on('proposal:removed', ({ proposalId, version }) =>
    accept(version, () => {
      events.removeProposal(proposalId);
      events.changePlacements([], [proposalId]);
    }),
  );
  live.on('proposal:merged', ({ sourceId, into, version }) =>
    accept(version, () => {
      const hadDots = me.dotsOn(sourceId) > 0;
      events.removeProposal(sourceId);
      events.changePlacements([], [sourceId]);
      events.upsertProposal(into);
      // My dots moved to the merged proposal, capped; any excess came back to my budget.
      if (hadDots) void resync();
    }),
  );
  live.on('event:reset', ({ version }) => {
    if (version > events.state.version) void resync();
  });
  live.on('tally:changed', ({ proposalId, dots, voters, version }) =>
    accept(version, () => events.setTally(proposalId, dots, voters)),
  );
  live.on('placement:changed', ({ placements, removed, version }) =>
    accept(version, () => events.changePlacements(placements, removed)),
  );
  // Every page counts the notes' versions; only the notes page keeps the notes.
  live.on('note:changed', ({ note, version }) => accept(version, () => opts.notes?.changed(note)));
  live.on('note:removed', ({ noteId, version }) =>
    accept(version, () => opts.notes?.removed(noteId)),
  );
  // Facilitators only, unversioned: each carries the whole truth of what it describes.
  live.on('ballot:changed', ({ ballots }) => admin.applyBallots(ballots));
  live.on('history:changed', (h) => admin.setHistory(h));
  live.on('avoid:changed', ({ avoidPairs }) => admin.setAvoidPairs(avoidPairs));
  live.on('stars:changed', ({ proposalId, stars }) => admin.setStars(proposalId, stars));
  live.on('star:changed', ({ proposalId, starred }) => me.setStar(proposalId, starred));
  live.on('vote:changed', ({ proposalId, dots, remaining }) => {
    if (opts.acceptsVotePush()) me.setVote(proposalId, dots, remaining);
  });

  // The device's copy on the first render, with no wait for a network that may not answer.
  keeper?.restore(load);

  // One snapshot per connect, taken once the socket is connected: the server puts a socket in
  // its event's rooms before it says so, so no fact can fall between the snapshot and the
  // pushes. Only a socket that is slow to come (blocked WebSockets, a join rush) lets the page
  // fetch one before it, and catch up again when it connects.
  const firstPaint = setTimeout(() => void resync(), FIRST_PAINT_WAIT_MS);
  live.onConnect(() => {
    clearTimeout(firstPaint);
    void resync();
  });
  live.onFailed(() => keeper?.failed());
  live.onRefused((code) => {
    const known = code as ClientErrorCode;
    setFailure(FATAL.has(known) ? known : 'internal');
  });

  // A phone that slept may have missed pushes without the socket noticing yet.
  // A phone put away or a page left (hidden comes before unload) keeps what it showed.
  const woke = () => {
    if (live.status() !== 'live') return;
    if (document.visibilityState === 'visible') void resync();
    else keeper?.save();
  };
  document.addEventListener('visibilitychange', woke);

  function close() {
    closed = true;
    clearTimeout(firstPaint);
    clearTimeout(retryTimer);
    document.removeEventListener('visibilitychange', woke);
    live.close();
  }

  return {
    /** The stored copy shown for want of a server is offline, whatever the socket is doing. */
    status: (): ConnectionStatus => (keeper?.offline() ? 'offline' : live.status()),
    loaded,
    failure,
    /** While the stored copy is shown offline, the note saying how old it is; else empty. */
    offlineNote: keeper?.note,
    resync,
    close,
  };
}

export type EventSync = ReturnType<typeof createEventSync>;
