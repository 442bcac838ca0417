import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findConflicts } from '../../shared/grid/conflicts';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { ConflictsSchema } from '../../shared/schemas/conflict';
import { adminSnapshot } from '../repos/snapshot';

export const conflictRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/events/:eventId/conflicts',
    {
      schema: {
        params: EventParamsSchema,
        response: { 200: ConflictsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      // The same facilitator view the grid computes its badges from, so both always agree.
      const snap = app.db.transaction(() => adminSnapshot(app.db, eventId));
      return {
        warnings: findConflicts({
          rooms: snap.rooms,
          proposals: snap.proposals,
          placements: snap.placements,
          ballots: snap.admin.ballots,
          stars: snap.admin.stars,
        }),
        version: snap.version,
      };
    },
  );
};
