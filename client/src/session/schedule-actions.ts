import { isApiError, request, toApiError, type ApiError } from '../api/http';
import type { Proposal } from '../../../shared/schemas/proposal';
import type { Suggestion } from '../../../shared/schemas/schedule';
import type { SuggestMode } from '../../../shared/suggest-modes';
import type { AdminStore } from '../stores/admin-store';
import { showError } from '../stores/toasts';
import { attempt } from './attempt';
import type { ActionDeps } from './participant-actions';

interface HistoryResult {
  version: number;
  canUndo: boolean;
  canRedo: boolean;
}

/** A dialog shows its own failures in place: a toast would sit behind the modal backdrop. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

async function outcome<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}

/** The facilitator's scheduling commands: suggest and apply a grid, merge, keep sessions apart. */
export function createScheduleActions(deps: ActionDeps & { adminStore: AdminStore }) {
  const { events, adminStore } = deps;
  const token = deps.token ?? '';
  const base = `/api/events/${encodeURIComponent(deps.eventId)}`;
  const pairPath = (a: string, b: string) =>
    `${base}/avoid-pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;

  return {
    /** Runs the solver on the server; nothing is written. */
    suggest: (mode: SuggestMode, seconds: number) =>
      outcome(() =>
        request<Suggestion>('POST', `${base}/schedule/suggest`, {
          token,
          body: { mode, seconds },
        }),
      ),

    /** The whole proposed grid as one undoable step; `stale_version` if the grid moved on. */
    async applySuggestion(suggestion: Suggestion): Promise<Outcome<HistoryResult>> {
      const placements = suggestion.placements.map(({ proposalId, roomId, slotId, pinned }) => ({
        proposalId,
        roomId,
        slotId,
        pinned,
      }));
      const res = await outcome(() =>
        request<HistoryResult>('PUT', `${base}/placements`, {
          token,
          body: { placements, version: suggestion.version },
        }),
      );
      if (res.ok) {
        // The push brings the same grid; showing it now spares a lagging socket's wait.
        const kept = new Set(placements.map((p) => p.proposalId));
        const removed = events.state.placements
          .filter((p) => !kept.has(p.proposalId))
          .map((p) => p.proposalId);
        events.changePlacements(placements, removed);
        adminStore.setHistory(res.value);
      }
      return res;
    },

    async undo(): Promise<boolean> {
      const res = await attempt(() =>
        request<HistoryResult>('POST', `${base}/undo`, { token, body: {} }),
      );
      if (res) adminStore.setHistory(res);
      return res !== undefined;
    },

    async merge(sourceId: string, intoId: string): Promise<Outcome<Proposal>> {
      const res = await outcome(() =>
        request<{ proposal: Proposal }>(
          'POST',
          `${base}/proposals/${encodeURIComponent(sourceId)}/merge`,
          { token, body: { intoId } },
        ).then((r) => r.proposal),
      );
      if (res.ok) {
        events.removeProposal(sourceId);
        events.changePlacements([], [sourceId]);
        events.upsertProposal(res.value);
      }
      return res;
    },

    async addAvoidPair(a: string, b: string): Promise<Outcome<[string, string][]>> {
      const res = await outcome(() =>
        request<{ avoidPairs: [string, string][] }>('POST', `${base}/avoid-pairs`, {
          token,
          body: { a, b },
        }).then((r) => r.avoidPairs),
      );
      if (res.ok) adminStore.setAvoidPairs(res.value);
      return res;
    },

    async removeAvoidPair(a: string, b: string): Promise<boolean> {
      try {
        await request<void>('DELETE', pairPath(a, b), { token });
      } catch (err) {
        // Someone else removed it first: the list is already right, once the push arrives.
        if (!(isApiError(err) && err.code === 'not_found')) {
          showError(err);
          return false;
        }
      }
      adminStore.setAvoidPairs(
        adminStore.state.avoidPairs
          .filter(([x, y]) => !((x === a && y === b) || (x === b && y === a)))
          .map(([x, y]): [string, string] => [x, y]),
      );
      return true;
    },
  };
}

export type ScheduleActions = ReturnType<typeof createScheduleActions>;
