import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, inArray } from 'drizzle-orm';
import { sameCell, type Cell, type PlacementChange } from '../../shared/grid/place';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { HistoryResultSchema } from '../../shared/schemas/placement';
import { ApplyGridInputSchema } from '../../shared/schemas/schedule';
import { proposals } from '../db/schema';
import { historyState, recordOperation } from '../grid/history';
import { listPlacements, writeChanges } from '../grid/placements-repo';
import { assertFresh } from '../grid/version';
import { HttpError } from '../http-error';
import { bumpVersion } from '../repos/events-repo';

/**
 * Sets the whole grid at once, e.g. an accepted "Suggest schedule": one step in the history,
 * one version, one delta. Only the difference to the current grid is written.
 */
export const gridApplyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/api/events/:eventId/placements',
    {
      schema: {
        params: EventParamsSchema,
        body: ApplyGridInputSchema,
        response: { 200: HistoryResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId } = request.params;
      const { event } = app.authorize(request, eventId, 'admin');
      assertFresh(event, request.body.version);
      const wanted = new Map<string, Cell>();
      for (const p of request.body.placements) {
        if (wanted.has(p.proposalId)) {
          throw new HttpError(400, 'bad_request', `Proposal ${p.proposalId} is placed twice`);
        }
        wanted.set(p.proposalId, { roomId: p.roomId, slotId: p.slotId, pinned: p.pinned });
      }
      const now = new Date(app.clock.now());
      const result = app.db.transaction(
        (tx) => {
          const ids = [...wanted.keys()];
          const placeable = ids.length
            ? tx
                .select({
                  id: proposals.id,
                  hidden: proposals.hidden,
                  merged: proposals.mergedIntoId,
                })
                .from(proposals)
                .where(and(eq(proposals.eventId, eventId), inArray(proposals.id, ids)))
                .all()
                .filter((p) => !p.hidden && !p.merged)
            : [];
          if (placeable.length !== ids.length) {
            throw new HttpError(404, 'not_found', 'A proposal is unknown, hidden or merged');
          }
          const current = new Map(
            listPlacements(tx, eventId).map((p) => [
              p.proposalId,
              { roomId: p.roomId, slotId: p.slotId, pinned: p.pinned },
            ]),
          );
          const changes: PlacementChange[] = [];
          for (const id of new Set([...current.keys(), ...wanted.keys()])) {
            const before = current.get(id) ?? null;
            const after = wanted.get(id) ?? null;
            if (!sameCell(before, after)) changes.push({ proposalId: id, before, after });
          }
          if (changes.length === 0) {
            return { written: null, version: event.version, ...historyState(tx, eventId) };
          }
          const written = writeChanges(tx, eventId, changes, now);
          recordOperation(tx, eventId, { kind: 'placements', changes }, now);
          return { written, version: bumpVersion(tx, eventId), ...historyState(tx, eventId) };
        },
        { behavior: 'immediate' },
      );
      const { written, version, canUndo, canRedo } = result;
      if (written) {
        app.live.placements(eventId, event.phase, written.upserted, written.removed, version);
        app.live.admins(eventId).emit('history:changed', { canUndo, canRedo });
      }
      return { version, canUndo, canRedo };
    },
  );
};
