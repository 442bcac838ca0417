import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq } from 'drizzle-orm';
import { errorResponses, EventParamsSchema, NoContentSchema } from '../../shared/schemas/common';
import {
  RoomInputSchema,
  RoomParamsSchema,
  RoomPatchSchema,
  RoomResponseSchema,
} from '../../shared/schemas/room';
import { rooms } from '../db/schema';
import { notFound } from '../http-error';
import { nameInput, optionalNameInput } from '../input';
import { bumpVersion } from '../repos/events-repo';
import { toRoom } from '../repos/to-wire';

export const roomRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/events/:eventId/rooms',
    {
      schema: {
        params: EventParamsSchema,
        body: RoomInputSchema,
        response: { 201: RoomResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const name = nameInput('The room name', request.body.name);
      const notes = optionalNameInput('The notes field', request.body.notes ?? '');
      const { row, version } = app.db.transaction((tx) => {
        const count = tx.$count(rooms, eq(rooms.eventId, eventId));
        const row = tx
          .insert(rooms)
          .values({
            id: app.ids.id(),
            eventId,
            name,
            capacity: request.body.capacity,
            notes,
            position: request.body.position ?? count,
            createdAt: new Date(app.clock.now()),
          })
          .returning()
          .get();
        return { row, version: bumpVersion(tx, eventId) };
      });
      const room = toRoom(row);
      app.live.everyone(eventId).publish('room:created', { room, version });
      return reply.status(201).send({ room });
    },
  );

  app.patch(
    '/api/events/:eventId/rooms/:roomId',
    {
      schema: {
        params: RoomParamsSchema,
        body: RoomPatchSchema,
        response: { 200: RoomResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, roomId } = request.params;
      app.authorize(request, eventId, 'admin');
      const { name, notes } = request.body;
      const changes = {
        ...request.body,
        ...(name !== undefined ? { name: nameInput('The room name', name) } : {}),
        ...(notes !== undefined ? { notes: optionalNameInput('The notes field', notes) } : {}),
      };
      const { row, version } = app.db.transaction((tx) => {
        const row = tx
          .update(rooms)
          .set(changes)
          .where(and(eq(rooms.id, roomId), eq(rooms.eventId, eventId)))
          .returning()
          .get();
        if (!row) throw notFound('Room');
        return { row, version: bumpVersion(tx, eventId) };
      });
      const room = toRoom(row);
      app.live.everyone(eventId).publish('room:updated', { room, version });
      return { room };
    },
  );

  app.delete(
    '/api/events/:eventId/rooms/:roomId',
    { schema: { params: RoomParamsSchema, response: { 204: NoContentSchema, ...errorResponses } } },
    async (request, reply) => {
      const { eventId, roomId } = request.params;
      app.authorize(request, eventId, 'admin');
      const version = app.db.transaction((tx) => {
        const gone = tx
          .delete(rooms)
          .where(and(eq(rooms.id, roomId), eq(rooms.eventId, eventId)))
          .returning({ id: rooms.id })
          .get();
        if (!gone) throw notFound('Room');
        return bumpVersion(tx, eventId);
      });
      app.live.everyone(eventId).publish('room:deleted', { roomId, version });
      return reply.status(204).send(null);
    },
  );
};
