import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { buildCalendar } from '../../shared/export/ics-calendar';
import { agendaVisible } from '../../shared/phases';
import { errorResponses, IdSchema } from '../../shared/schemas/common';
import { hashToken } from '../auth/tokens';
import { participants } from '../db/schema';
import { notFound } from '../http-error';
import { readCalendarSource } from '../repos/export-repo';
import { readEvent } from '../repos/events-repo';
import { starRepo } from '../repos/stars-repo';
import { agendaUrl } from './calendar';
import { inline } from './export-json';

const FeedParamsSchema = Type.Object({
  eventId: IdSchema,
  feedToken: Type.String({ pattern: '^[A-Za-z0-9_-]{32}$' }),
});

/**
 * One participant's own calendar feed: the sessions they starred or host. The URL is the only
 * key (a calendar app sends no token): it reads this feed and nothing else.
 */
export const participantCalendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/events/:eventId/calendars/:feedToken.ics',
    {
      schema: {
        params: FeedParamsSchema,
        response: { 200: Type.String(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId, feedToken } = request.params;
      const event = readEvent(app.db, eventId);
      // Guessing feed tokens counts against the address like guessing any other token.
      const failures = app.failures.tokens.at(request.ip);
      failures.check();
      const owner = app.db
        .select({ id: participants.id })
        .from(participants)
        .where(
          and(
            eq(participants.feedTokenHash, hashToken(feedToken)),
            eq(participants.eventId, eventId),
          ),
        )
        .get();
      if (!owner) {
        failures.count();
        throw notFound('Calendar feed');
      }
      const source = readCalendarSource(app.db, eventId);
      // Before the agenda is out the feed is valid and empty: a subscription made early fills
      // in once the facilitators publish.
      const mine = new Set(
        agendaVisible(event.phase, 'participant')
          ? [
              ...starRepo(app.db).mine(owner.id),
              ...source.proposals.filter((p) => p.authorId === owner.id).map((p) => p.id),
            ]
          : [],
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', inline(source.event.name, 'ics'))
        .header('cache-control', 'private, no-cache')
        .send(buildCalendar(source, agendaUrl(request, eventId), mine));
    },
  );
};
