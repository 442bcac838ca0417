import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { eq } from 'drizzle-orm';
import type { Phase } from '../../shared/phases';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import {
  CreatedEventSchema,
  CreateEventSchema,
  EventResponseSchema,
  JoinCodeLookupSchema,
  UpdateEventSchema,
} from '../../shared/schemas/event';
import { NotModifiedSchema, SnapshotSchema, type Snapshot } from '../../shared/schemas/snapshot';
import { isValidTimeZone } from '../../shared/zoned-time';
import { rememberOwner } from '../auth/caller';
import { participantFeed } from '../auth/feed-token';
import { events } from '../db/schema';
import { eventOfJoinCode } from '../guard/join-codes';
import { HttpError, notFound } from '../http-error';
import { etagMatches, pickEncoding } from '../http/negotiate';
import { dateInput, nameInput } from '../input';
import { bumpVersion, type Tx } from '../repos/events-repo';
import { insertNewEvent } from '../repos/new-event';
import { toEvent } from '../repos/to-wire';

function checkTimezone(tz: string | undefined) {
  if (tz !== undefined && !isValidTimeZone(tz)) {
    throw new HttpError(400, 'invalid_timezone', `Unknown time zone "${tz}"`);
  }
}

/** A phase change made against a phase that another facilitator has changed meanwhile. */
function assertPhase(tx: Tx, eventId: string, expected: Phase) {
  const row = tx.select({ phase: events.phase }).from(events).where(eq(events.id, eventId)).get();
  if (row && row.phase !== expected) {
    throw new HttpError(
      409,
      'phase_changed',
      `The phase is ${row.phase} now, not ${expected}: nothing was changed`,
    );
  }
}

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/events',
    {
      schema: { body: CreateEventSchema, response: { 201: CreatedEventSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const body = request.body;
      const name = nameInput('The event name', body.name);
      const date = body.date === undefined ? null : dateInput(body.date);
      checkTimezone(body.timezone);
      const { row, adminToken, adminTokenHash } = app.db.transaction((tx) =>
        insertNewEvent(app.db, tx, app, {
          name,
          date,
          timezone: body.timezone ?? 'Europe/Stockholm',
          language: body.language ?? 'sv',
          dotsPerParticipant: body.dotsPerParticipant ?? 5,
          maxDotsPerProposal: body.maxDotsPerProposal ?? 3,
          blindVoting: body.blindVoting ?? false,
        }),
      );
      rememberOwner(app.db, adminTokenHash, { role: 'admin', eventId: row.id });
      return reply.status(201).send({ event: toEvent(row), adminToken });
    },
  );

  app.get(
    '/api/events/:eventId',
    {
      schema: {
        params: EventParamsSchema,
        response: { 200: SnapshotSchema, 304: NotModifiedSchema, ...errorResponses },
      },
      // Every phone fetches this on (re)connect: after a Wi-Fi blink, 2,000 at once.
      onRequest: (_request, _reply, done) => app.turnGate.run(done),
    },
    async (request, reply) => {
      const { eventId } = request.params;
      const { caller, event } = app.callerOf(request, eventId);
      const snapshot = app.snapshots.bodyFor(event, caller, participantFeed(request, eventId));
      // The cache holds the snapshot already serialized (as SnapshotSchema describes it).
      const sendBytes = (bytes: Buffer) => reply.send(bytes as unknown as Snapshot);
      // Private: it depends on the token. no-cache: stored, but asked about every time.
      reply
        .header('cache-control', 'private, no-cache')
        .header('vary', 'authorization, accept-encoding')
        .header('etag', snapshot.etag);
      if (etagMatches(request.headers['if-none-match'], snapshot.etag)) {
        return reply.code(304).send(null);
      }
      reply.type('application/json; charset=utf-8');
      if (pickEncoding(request.headers['accept-encoding'], ['gzip'])) {
        reply.header('content-encoding', 'gzip');
        return sendBytes(snapshot.gzip());
      }
      return sendBytes(snapshot.json());
    },
  );

  app.patch(
    '/api/events/:eventId',
    {
      schema: {
        params: EventParamsSchema,
        body: UpdateEventSchema,
        response: { 200: EventResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const { ifPhase, ...rest } = request.body;
      const { name, date } = rest;
      if (ifPhase !== undefined && rest.phase === undefined) {
        throw new HttpError(400, 'bad_request', 'ifPhase needs a phase to change to');
      }
      const changes = {
        ...rest,
        ...(name !== undefined ? { name: nameInput('The event name', name) } : {}),
        ...(date ? { date: dateInput(date) } : {}),
      };
      checkTimezone(request.body.timezone);
      const { row, version } = app.db.transaction(
        (tx) => {
          // Checked inside the write lock: two facilitators' undos cannot both pass it.
          if (ifPhase !== undefined) assertPhase(tx, eventId, ifPhase);
          const row = tx
            .update(events)
            .set(changes)
            .where(eq(events.id, eventId))
            .returning()
            .get();
          return { row: row!, version: bumpVersion(tx, eventId) };
        },
        { behavior: 'immediate' },
      );
      const event = toEvent(row);
      app.live.everyone(eventId).publish('event:updated', { event, version });
      return { event };
    },
  );

  app.get(
    '/api/codes/:joinCode',
    {
      schema: {
        params: Type.Object({ joinCode: Type.String({ minLength: 1, maxLength: 20 }) }),
        response: {
          200: JoinCodeLookupSchema,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const row = eventOfJoinCode(app, request, request.params.joinCode);
      if (!row) throw notFound('Join code');
      return { eventId: row.id, name: row.name, language: row.language };
    },
  );
};
