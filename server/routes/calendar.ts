import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { buildCalendar } from '../../shared/export/ics-calendar';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { requireAgendaReader } from '../auth/caller';
import { requestOrigin } from '../http/request-origin';
import { readCalendarSource } from '../repos/export-repo';
import { inline } from './export-json';

/** The event's page on the server the calendar app asked, for the entries' URL. */
export function agendaUrl(request: FastifyRequest, eventId: string): string | null {
  const origin = requestOrigin(request);
  return origin && `${origin}/e/${encodeURIComponent(eventId)}`;
}

export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/events/:eventId/calendar.ics',
    {
      schema: { params: EventParamsSchema, response: { 200: Type.String(), ...errorResponses } },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      const { caller, event } = app.callerOf(request, eventId);
      requireAgendaReader(caller, event.phase);
      const source = readCalendarSource(app.db, eventId);
      return (
        reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', inline(source.event.name, 'ics'))
          // As frab's: calendar apps poll all day; each poll should see the latest agenda.
          .header('cache-control', 'no-cache')
          .send(buildCalendar(source, agendaUrl(request, eventId)))
      );
    },
  );
};
