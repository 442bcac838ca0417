import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { buildFrabSchedule } from '../../shared/export/frab';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { FrabScheduleSchema } from '../../shared/schemas/frab';
import { requireAgendaReader } from '../auth/caller';
import { readExportSource } from '../repos/export-repo';

export const frabRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/events/:eventId/schedule.frab.json',
    {
      schema: {
        params: EventParamsSchema,
        response: { 200: FrabScheduleSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      const { caller, event } = app.callerOf(request, eventId);
      requireAgendaReader(caller, event.phase);
      // Apps poll it during the day: let them ask again each time rather than keep a stale copy.
      reply.header('cache-control', 'no-cache');
      return buildFrabSchedule(readExportSource(app.db, eventId));
    },
  );
};
