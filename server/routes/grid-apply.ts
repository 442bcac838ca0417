import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, inArray } from 'drizzle-orm';
import { diffPlacements } from '../../shared/grid/place';
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
      const wanted = request.body.placements;
      const ids = wanted.map((p) => p.proposalId);
      const seen = new Set<string>();
      const twice = ids.find((id) => seen.size === seen.add(id).size);
      if (twice) throw new HttpError(400, 'bad_request', `Proposal ${twice} is placed twice`);
      const now = new Date(app.clock.now());
      const result = app.db.transaction(
        (tx) => {
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
          const changes = diffPlacements(listPlacements(tx, eventId), wanted);
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
        app.live.admins(eventId).publish('history:changed', { canUndo, canRedo });
      }
      return { version, canUndo, canRedo };
    },
  );
};
