import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema, OkSchema } from '../../shared/schemas/common';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { HttpError } from '../http-error';

const statements = (db: Db) => ({
  probe: db.$client.prepare('select exists (select 1 from events)').pluck(),
});

/**
 * Healthy means the database answers a real query, not merely that the process is up: a load
 * balancer or supervisor should stop sending people to a server whose database is gone.
 */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    { schema: { response: { 200: OkSchema, 503: ErrorBodySchema } } },
    async (request) => {
      try {
        preparedFor(app.db, statements).probe.get();
      } catch (err) {
        request.log.error({ err }, 'health check: the database does not answer');
        throw new HttpError(503, 'unavailable', 'The database does not answer');
      }
      return { ok: true as const };
    },
  );
};
