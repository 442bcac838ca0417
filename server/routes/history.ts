import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq } from 'drizzle-orm';
import { invertChanges, sameCell, type PlacementChange } from '../../shared/grid/place';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { HistoryResultSchema, VersionBodySchema } from '../../shared/schemas/placement';
import { placements } from '../db/schema';
import {
  firstUndone,
  historyState,
  lastDone,
  markUndone,
  rewriteOperation,
  toOperation,
} from '../grid/history';
import { applyMerge } from '../grid/merge-state';
import { withStarsNow, type StarOutcome } from '../grid/merge-stars';
import { writeChanges } from '../grid/placements-repo';
import { assertFresh } from '../grid/version';
import { HttpError } from '../http-error';
import { bumpVersion, type Tx } from '../repos/events-repo';

/** Undo only what is still as the step left it; a later manual change makes it a conflict. */
function assertCurrent(tx: Tx, changes: readonly PlacementChange[]) {
  for (const c of changes) {
    const row = tx.select().from(placements).where(eq(placements.proposalId, c.proposalId)).get();
    const now = row ? { roomId: row.roomId, slotId: row.slotId, pinned: row.pinned } : null;
    if (!sameCell(now, c.before)) {
      throw new HttpError(409, 'history_conflict', 'The grid changed since this step');
    }
  }
}

export const historyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const direction of ['undo', 'redo'] as const) {
    app.post(
      `/api/events/:eventId/${direction}`,
      {
        schema: {
          params: EventParamsSchema,
          body: VersionBodySchema,
          response: { 200: HistoryResultSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { eventId } = request.params;
        const { event } = app.authorize(request, eventId, 'admin');
        assertFresh(event, request.body?.version);
        const now = new Date(app.clock.now());
        const result = app.db.transaction(
          (tx) => {
            const row = direction === 'undo' ? lastDone(tx, eventId) : firstUndone(tx, eventId);
            if (!row) {
              throw direction === 'undo'
                ? new HttpError(409, 'nothing_to_undo', 'Nothing to undo')
                : new HttpError(409, 'nothing_to_redo', 'Nothing to redo');
            }
            const op = toOperation(row);
            let written: ReturnType<typeof writeChanges> | null = null;
            let stars: StarOutcome | null = null;
            if (op.kind === 'placements') {
              const changes = direction === 'undo' ? invertChanges(op.changes) : op.changes;
              assertCurrent(tx, changes);
              written = writeChanges(tx, eventId, changes, now);
            } else if (direction === 'undo') {
              stars = applyMerge(tx, eventId, op.merge, 'undo', event.dotsPerParticipant, now);
            } else {
              const merge = withStarsNow(tx, op.merge);
              stars = applyMerge(tx, eventId, merge, 'do', event.dotsPerParticipant, now);
              rewriteOperation(tx, row.id, { kind: 'merge', merge });
            }
            markUndone(tx, row.id, direction === 'undo');
            return {
              written,
              stars,
              version: bumpVersion(tx, eventId),
              ...historyState(tx, eventId),
            };
          },
          { behavior: 'immediate' },
        );
        const { written, stars, version, canUndo, canRedo } = result;
        if (written) {
          app.live.placements(eventId, event.phase, written.upserted, written.removed, version);
        } else {
          app.live.everyone(eventId).publish('event:reset', { version });
        }
        app.live.admins(eventId).publish('history:changed', { canUndo, canRedo });
        if (stars) app.live.stars(eventId, stars.changes, stars.counts);
        return { version, canUndo, canRedo };
      },
    );
  }
};
