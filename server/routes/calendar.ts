import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { buildCalendar } from '../../shared/export/ics-calendar';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { requireAgendaReader } from '../auth/caller';
import { readCalendarSource } from '../repos/export-repo';
import { inline } from './export-json';

/** A host name, IPv4 or [IPv6] address with an optional port: nothing else goes into a URL. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The event's page on the server the calendar app asked, for the entries' URL; none when the
 * Host header is not a plain host (it is the client's to set, and ends up in the file).
 */
function agendaUrl(request: FastifyRequest, eventId: string): string | null {
  return HOST.test(request.host)
    ? `${request.protocol}://${request.host}/e/${encodeURIComponent(eventId)}`
    : null;
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
