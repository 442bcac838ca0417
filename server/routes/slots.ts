import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq } from 'drizzle-orm';
import { errorResponses, EventParamsSchema, NoContentSchema } from '../../shared/schemas/common';
import {
  SlotBatchSchema,
  SlotInputSchema,
  SlotParamsSchema,
  SlotPatchSchema,
  SlotResponseSchema,
  SlotsResponseSchema,
  type SlotInput,
} from '../../shared/schemas/slot';
import { slots } from '../db/schema';
import { notFound } from '../http-error';
import { optionalNameInput, slotTimesInput } from '../input';
import { bumpVersion, type Tx } from '../repos/events-repo';
import { toSlot } from '../repos/to-wire';

const labelInput = (label: string) => optionalNameInput('The slot label', label);

export const slotRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** Checks every slot before the first is written: a refused batch writes nothing. */
  const slotRow = (eventId: string, input: SlotInput) => ({
    id: app.ids.id(),
    eventId,
    ...slotTimesInput(new Date(input.startsAt), new Date(input.endsAt)),
    kind: input.kind ?? 'session',
    label: labelInput(input.label ?? ''),
    createdAt: new Date(app.clock.now()),
  });
  const insertSlot = (tx: Tx, row: ReturnType<typeof slotRow>) =>
    tx.insert(slots).values(row).returning().get();

  app.post(
    '/api/events/:eventId/slots',
    {
      schema: {
        params: EventParamsSchema,
        body: SlotInputSchema,
        response: { 201: SlotResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const input = slotRow(eventId, request.body);
      const { row, version } = app.db.transaction((tx) => ({
        row: insertSlot(tx, input),
        version: bumpVersion(tx, eventId),
      }));
      const slot = toSlot(row);
      app.live.everyone(eventId).publish('slot:created', { slots: [slot], version });
      return reply.status(201).send({ slot });
    },
  );

  app.post(
    '/api/events/:eventId/slots/batch',
    {
      schema: {
        params: EventParamsSchema,
        body: SlotBatchSchema,
        response: { 201: SlotsResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const inputs = request.body.slots.map((s) => slotRow(eventId, s));
      const { rows, version } = app.db.transaction((tx) => ({
        rows: inputs.map((row) => insertSlot(tx, row)),
        version: bumpVersion(tx, eventId),
      }));
      const created = rows.map(toSlot);
      app.live.everyone(eventId).publish('slot:created', { slots: created, version });
      return reply.status(201).send({ slots: created });
    },
  );

  app.patch(
    '/api/events/:eventId/slots/:slotId',
    {
      schema: {
        params: SlotParamsSchema,
        body: SlotPatchSchema,
        response: { 200: SlotResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, slotId } = request.params;
      app.authorize(request, eventId, 'admin');
      const { row, version } = app.db.transaction((tx) => {
        const where = and(eq(slots.id, slotId), eq(slots.eventId, eventId));
        const current = tx.select().from(slots).where(where).get();
        if (!current) throw notFound('Slot');
        const { startsAt, endsAt, kind, label } = request.body;
        const next = {
          ...slotTimesInput(
            startsAt ? new Date(startsAt) : current.startsAt,
            endsAt ? new Date(endsAt) : current.endsAt,
          ),
          kind: kind ?? current.kind,
          label: label === undefined ? current.label : labelInput(label),
        };
        const row = tx.update(slots).set(next).where(where).returning().get()!;
        return { row, version: bumpVersion(tx, eventId) };
      });
      const slot = toSlot(row);
      app.live.everyone(eventId).publish('slot:updated', { slot, version });
      return { slot };
    },
  );

  app.delete(
    '/api/events/:eventId/slots/:slotId',
    { schema: { params: SlotParamsSchema, response: { 204: NoContentSchema, ...errorResponses } } },
    async (request, reply) => {
      const { eventId, slotId } = request.params;
      app.authorize(request, eventId, 'admin');
      const version = app.db.transaction((tx) => {
        const gone = tx
          .delete(slots)
          .where(and(eq(slots.id, slotId), eq(slots.eventId, eventId)))
          .returning({ id: slots.id })
          .get();
        if (!gone) throw notFound('Slot');
        return bumpVersion(tx, eventId);
      });
      app.live.everyone(eventId).publish('slot:deleted', { slotId, version });
      return reply.status(204).send(null);
    },
  );
};
