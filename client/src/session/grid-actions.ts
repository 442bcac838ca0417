import { createMemo, createSignal } from 'solid-js';
import { isApiError, request } from '../api/http';
import { applyChanges, decidePlacement, type PlacementChange } from '../../../shared/grid/place';
import type { Placement } from '../../../shared/schemas/placement';
import type { AdminStore } from '../stores/admin-store';
import { showError } from '../stores/toasts';
import type { ActionDeps } from './participant-actions';

interface PlaceResult {
  placement: Placement;
  placements: Placement[];
  removed: string[];
  version: number;
}

interface HistoryResult {
  version: number;
  canUndo: boolean;
  canRedo: boolean;
}

export interface PlaceOptions {
  swap?: boolean;
  pinned?: boolean;
}

/** How long a write waits for the push of the one before it, when its answer has no version. */
const PUSH_WAIT_MS = 1500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The facilitator's grid commands: place, move, swap, unplace, pin, undo and redo.
 *
 * Writes go out one at a time, each against the version the store has when it leaves, so two
 * quick drops never refuse each other as stale. Until the server answers, the grid shows the
 * expected result (`placements`), computed with the same rule the server uses.
 */
export function createGridActions(deps: ActionDeps & { adminStore: AdminStore }) {
  const { events, adminStore } = deps;
  const token = deps.token ?? '';
  const base = `/api/events/${encodeURIComponent(deps.eventId)}`;
  const placementPath = (proposalId: string) =>
    `${base}/placements/${encodeURIComponent(proposalId)}`;

  const [pending, setPending] = createSignal<readonly { id: number; changes: PlacementChange[] }[]>(
    [],
  );
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  /** The grid as the facilitator should see it: the store plus the writes still on their way. */
  const placements = createMemo(() =>
    pending().reduce<readonly Placement[]>(
      (list, p) => applyChanges(list, p.changes),
      events.state.placements,
    ),
  );

  const slotKind = (slotId: string) =>
    events.state.slots.find((s) => s.id === slotId)?.kind ?? 'session';

  /** Waits until the store has caught up past `version`, i.e. the push of our write arrived. */
  async function caughtUp(version: number): Promise<void> {
    const deadline = Date.now() + PUSH_WAIT_MS;
    while (events.state.version < version && Date.now() < deadline) await sleep(20);
  }

  /** Runs `send` after every earlier write, showing `changes` meanwhile. */
  function enqueue(changes: PlacementChange[], send: (version: number) => Promise<void>) {
    const id = nextId++;
    if (changes.length > 0) setPending((list) => [...list, { id, changes }]);
    const done = queue.then(async () => {
      try {
        await send(events.state.version);
        return true;
      } catch (err) {
        showError(err);
        // A refused write means our picture of the grid was wrong: fetch the truth.
        if (isApiError(err) && err.status === 409) void deps.resync();
        return false;
      } finally {
        setPending((list) => list.filter((p) => p.id !== id));
      }
    });
    queue = done;
    return done;
  }

  function applyAnswer(res: PlaceResult) {
    events.changePlacements(res.placements, res.removed);
    // The answer holds everything its version changed; when nothing was missed in between,
    // it stands in for the push, and the next write can go out at once.
    if (res.version === events.state.version + 1) events.setVersion(res.version);
  }

  function place(proposalId: string, roomId: string, slotId: string, opts: PlaceOptions = {}) {
    const req = { proposalId, roomId, slotId, ...opts };
    const decision = decidePlacement(placements(), slotKind(slotId), req);
    const changes = decision.ok ? decision.changes : [];
    return enqueue(changes, async (version) => {
      const res = await request<PlaceResult>('PUT', placementPath(proposalId), {
        token,
        body: { roomId, slotId, ...opts, version },
      });
      applyAnswer(res);
    });
  }

  function unplace(proposalId: string) {
    const mine = placements().find((p) => p.proposalId === proposalId);
    const changes: PlacementChange[] = mine
      ? [
          {
            proposalId,
            before: { roomId: mine.roomId, slotId: mine.slotId, pinned: mine.pinned },
            after: null,
          },
        ]
      : [];
    return enqueue(changes, async (version) => {
      await request<void>('DELETE', `${placementPath(proposalId)}?version=${version}`, { token });
      events.changePlacements([], [proposalId]);
      // No version in a 204: let the push land before the next write states its version.
      await caughtUp(version + 1);
    });
  }

  function setPinned(proposalId: string, pinned: boolean) {
    const mine = placements().find((p) => p.proposalId === proposalId);
    if (!mine) return Promise.resolve(false);
    return place(proposalId, mine.roomId, mine.slotId, { pinned });
  }

  function travel(direction: 'undo' | 'redo') {
    return enqueue([], async (version) => {
      const res = await request<HistoryResult>('POST', `${base}/${direction}`, {
        token,
        body: { version },
      });
      adminStore.setHistory(res);
      // The answer names no cells; the push that carries them is already on its way.
      await caughtUp(res.version);
      if (events.state.version < res.version) void deps.resync();
    });
  }

  return {
    placements,
    /** True while a write is on its way. */
    busy: () => pending().length > 0,
    place,
    unplace,
    setPinned,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
  };
}

export type GridActions = ReturnType<typeof createGridActions>;
