import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { errorResponses, EventParamsSchema, NoContentSchema } from '../../shared/schemas/common';
import {
  AvoidPairInputSchema,
  AvoidPairParamsSchema,
  AvoidPairsSchema,
} from '../../shared/schemas/schedule';
import { avoidPairs, proposals } from '../db/schema';
import { HttpError, notFound } from '../http-error';
import type { Tx } from '../repos/events-repo';

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** The event's pairs, less those whose proposal was merged away (they mean nothing now). */
export function listPairs(tx: Tx, eventId: string): [string, string][] {
  const merged = new Set(
    tx
      .select({ id: proposals.id })
      .from(proposals)
      .where(and(eq(proposals.eventId, eventId), isNotNull(proposals.mergedIntoId)))
      .all()
      .map((p) => p.id),
  );
  return tx
    .select({ a: avoidPairs.a, b: avoidPairs.b })
    .from(avoidPairs)
    .where(eq(avoidPairs.eventId, eventId))
    .all()
    .filter((p) => !merged.has(p.a) && !merged.has(p.b))
    .map((p) => [p.a, p.b]);
}

/** "Not in parallel": pairs the scheduler keeps apart and the score penalises. */
export const avoidPairRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/events/:eventId/avoid-pairs',
    {
      schema: {
        params: EventParamsSchema,
        body: AvoidPairInputSchema,
        response: { 201: AvoidPairsSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const [a, b] = ordered(request.body.a, request.body.b);
      if (a === b) throw new HttpError(400, 'bad_request', 'A pair needs two different proposals');
      const pairs = app.db.transaction((tx) => {
        const found = tx
          .select({ id: proposals.id })
          .from(proposals)
          .where(
            and(
              eq(proposals.eventId, eventId),
              inArray(proposals.id, [a, b]),
              isNull(proposals.mergedIntoId),
            ),
          )
          .all();
        if (found.length !== 2) throw notFound('Proposal');
        tx.insert(avoidPairs)
          .values({ eventId, a, b, createdAt: new Date(app.clock.now()) })
          .onConflictDoNothing()
          .run();
        return listPairs(tx, eventId);
      });
      app.live.admins(eventId).publish('avoid:changed', { avoidPairs: pairs });
      return reply.status(201).send({ avoidPairs: pairs });
    },
  );

  app.delete(
    '/api/events/:eventId/avoid-pairs/:a/:b',
    {
      schema: {
        params: AvoidPairParamsSchema,
        response: { 204: NoContentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const [a, b] = ordered(request.params.a, request.params.b);
      const pairs = app.db.transaction((tx) => {
        const gone = tx
          .delete(avoidPairs)
          .where(and(eq(avoidPairs.eventId, eventId), eq(avoidPairs.a, a), eq(avoidPairs.b, b)))
          .returning({ a: avoidPairs.a })
          .get();
        if (!gone) throw notFound('Pair');
        return listPairs(tx, eventId);
      });
      app.live.admins(eventId).publish('avoid:changed', { avoidPairs: pairs });
      return reply.status(204).send(null);
    },
  );
};
