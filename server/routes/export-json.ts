import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { buildEventExport } from '../../shared/export/event-json';
import { slugify } from '../../shared/export/frab';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { EventExportSchema } from '../../shared/schemas/event-export';
import { readExportSource } from '../repos/export-repo';

/** A download's name: ASCII, so that every browser keeps it as it is. */
export const attachment = (name: string, extension: string) =>
  `attachment; filename="${slugify(name)}.${extension}"`;

export const exportJsonRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/events/:eventId/export.json',
    {
      schema: {
        params: EventParamsSchema,
        response: { 200: EventExportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const source = readExportSource(app.db, eventId);
      reply.header('content-disposition', attachment(source.event.name, 'json'));
      reply.header('cache-control', 'no-store');
      return buildEventExport(source, new Date(app.clock.now()).toISOString());
    },
  );
};
