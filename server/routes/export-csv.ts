import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { buildSessionsCsv } from '../../shared/export/sessions-csv';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { readExportSource } from '../repos/export-repo';
import { attachment } from './export-json';

export const exportCsvRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/events/:eventId/export.csv',
    {
      schema: { params: EventParamsSchema, response: { 200: Type.String(), ...errorResponses } },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const source = readExportSource(app.db, eventId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(source.event.name, 'csv'))
        .header('cache-control', 'no-store')
        .send(buildSessionsCsv(source));
    },
  );
};
