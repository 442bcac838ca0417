import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { buildEventExport } from '../../shared/export/event-json';
import { slugify } from '../../shared/export/frab';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { EventExportSchema } from '../../shared/schemas/event-export';
import { readExportSource } from '../repos/export-repo';

/** A file's name: ASCII, so that every browser and app keeps it as it is. */
const disposition = (kind: 'attachment' | 'inline') => (name: string, extension: string) =>
  `${kind}; filename="${slugify(name)}.${extension}"`;
/** A download. */
export const attachment = disposition('attachment');
/** A file an app may open at once (a calendar), with a name if it is saved. */
export const inline = disposition('inline');

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
