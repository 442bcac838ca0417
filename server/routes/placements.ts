import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq } from 'drizzle-orm';
import { applyChanges, decidePlacement } from '../../shared/grid/place';
import { errorResponses, NoContentSchema } from '../../shared/schemas/common';
import {
  PlaceInputSchema,
  PlaceResultSchema,
  VersionQuerySchema,
} from '../../shared/schemas/placement';
import { ProposalParamsSchema } from '../../shared/schemas/proposal';
import { proposals, rooms, slots } from '../db/schema';
import { historyState, recordOperation } from '../grid/history';
import { listPlacements, writeChanges } from '../grid/placements-repo';
import { assertFresh } from '../grid/version';
import { HttpError, notFound } from '../http-error';
import { bumpVersion, type Tx } from '../repos/events-repo';

function schedulableProposal(tx: Tx, eventId: string, proposalId: string) {
  const p = tx
    .select({ hidden: proposals.hidden, mergedIntoId: proposals.mergedIntoId })
    .from(proposals)
    .where(and(eq(proposals.id, proposalId), eq(proposals.eventId, eventId)))
    .get();
  if (!p || p.mergedIntoId) throw notFound('Proposal');
  return p;
}

export const placementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/api/events/:eventId/placements/:proposalId',
    {
      schema: {
        params: ProposalParamsSchema,
        body: PlaceInputSchema,
        response: { 200: PlaceResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, proposalId } = request.params;
      const { event } = app.authorize(request, eventId, 'admin');
      assertFresh(event, request.body.version);
      const now = new Date(app.clock.now());
      const result = app.db.transaction(
        (tx) => {
          const proposal = schedulableProposal(tx, eventId, proposalId);
          if (proposal.hidden) {
            throw new HttpError(409, 'proposal_hidden', 'Unhide the proposal before placing it');
          }
          const slot = tx
            .select({ kind: slots.kind })
            .from(slots)
            .where(and(eq(slots.id, request.body.slotId), eq(slots.eventId, eventId)))
            .get();
          if (!slot) throw notFound('Slot');
          const room = tx
            .select({ id: rooms.id })
            .from(rooms)
            .where(and(eq(rooms.id, request.body.roomId), eq(rooms.eventId, eventId)))
            .get();
          if (!room) throw notFound('Room');
          const current = listPlacements(tx, eventId);
          const decision = decidePlacement(current, slot.kind, {
            proposalId,
            ...request.body,
          });
          if (!decision.ok) {
            throw decision.code === 'cell_taken'
              ? new HttpError(
                  409,
                  'cell_taken',
                  'That cell holds another session: send swap: true to swap',
                )
              : new HttpError(409, 'slot_not_schedulable', 'Breaks and plenaries take no sessions');
          }
          const written = writeChanges(tx, eventId, decision.changes, now);
          // The mover's cell as the decision left it: no second read of the grid.
          const placement = applyChanges(current, decision.changes).find(
            (p) => p.proposalId === proposalId,
          )!;
          if (decision.changes.length === 0) {
            return {
              ...written,
              placement,
              version: event.version,
              changed: false,
              ...historyState(tx, eventId),
            };
          }
          recordOperation(tx, eventId, { kind: 'placements', changes: decision.changes }, now);
          return {
            ...written,
            placement,
            version: bumpVersion(tx, eventId),
            changed: true,
            ...historyState(tx, eventId),
          };
        },
        { behavior: 'immediate' },
      );
      if (result.changed) {
        app.live.placements(eventId, event.phase, result.upserted, result.removed, result.version);
        app.live
          .admins(eventId)
          .publish('history:changed', { canUndo: result.canUndo, canRedo: result.canRedo });
      }
      return {
        placement: result.placement,
        placements: result.upserted,
        removed: result.removed,
        version: result.version,
      };
    },
  );

  app.delete(
    '/api/events/:eventId/placements/:proposalId',
    {
      schema: {
        params: ProposalParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId, proposalId } = request.params;
      const { event } = app.authorize(request, eventId, 'admin');
      const v = request.query.version;
      assertFresh(event, v === undefined ? undefined : Number(v));
      const now = new Date(app.clock.now());
      const outcome = app.db.transaction(
        (tx) => {
          schedulableProposal(tx, eventId, proposalId);
          const mine = listPlacements(tx, eventId).find((p) => p.proposalId === proposalId);
          if (!mine) throw notFound('Placement');
          const changes = [
            {
              proposalId,
              before: { roomId: mine.roomId, slotId: mine.slotId, pinned: mine.pinned },
              after: null,
            },
          ];
          writeChanges(tx, eventId, changes, now);
          recordOperation(tx, eventId, { kind: 'placements', changes }, now);
          return { version: bumpVersion(tx, eventId), ...historyState(tx, eventId) };
        },
        { behavior: 'immediate' },
      );
      app.live.placements(eventId, event.phase, [], [proposalId], outcome.version);
      app.live
        .admins(eventId)
        .publish('history:changed', { canUndo: outcome.canUndo, canRedo: outcome.canRedo });
      return reply.status(204).send(null);
    },
  );
};
