import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { buildCalendar } from '../../shared/export/ics-calendar';
import { agendaVisible } from '../../shared/phases';
import { errorResponses, EventParamsSchema, IdSchema } from '../../shared/schemas/common';
import { RenewedFeedSchema } from '../../shared/schemas/participant';
import { participantFeed } from '../auth/feed-token';
import { hashToken } from '../auth/tokens';
import { participants } from '../db/schema';
import { HttpError, notFound } from '../http-error';
import { readCalendarSource } from '../repos/export-repo';
import { readEvent } from '../repos/events-repo';
import { renewFeed } from '../repos/feed-repo';
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

  // A feed URL shared by mistake (a screenshot, a public calendar) is ended by asking for a new
  // one; the participant's token, and so their dots and stars, stay as they were.
  app.post(
    '/api/events/:eventId/calendars/renew',
    {
      schema: {
        params: EventParamsSchema,
        response: { 200: RenewedFeedSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId } = request.params;
      const { caller, event } = app.authorize(request, eventId, 'participant');
      if (caller.role !== 'participant') throw new Error('unreachable');
      if (!agendaVisible(event.phase, 'participant')) {
        throw new HttpError(
          409,
          'phase_closed',
          'Calendar feeds open once the agenda is published',
        );
      }
      const feed = renewFeed(app.db, caller.participantId, participantFeed(request, eventId));
      return { calendarUrl: feed.url };
    },
  );
};
