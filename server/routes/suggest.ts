import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { gridScore } from '../../shared/grid/grid-score';
import { diffPlacements } from '../../shared/grid/place';
import { toScheduleInstance, type GridState } from '../../shared/grid/schedule-instance';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import type { Placement } from '../../shared/schemas/placement';
import { SuggestInputSchema, SuggestionSchema } from '../../shared/schemas/schedule';
import { HttpError } from '../http-error';
import { adminSnapshot } from '../repos/snapshot';
import { InvalidInstanceError } from '../schedule/solver-pool';

/**
 * "Suggest schedule": drafts a grid in the solver thread and answers with a preview; nothing
 * is written until the facilitator applies it (PUT /placements).
 */
export const suggestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/events/:eventId/schedule/suggest',
    {
      schema: {
        params: EventParamsSchema,
        body: SuggestInputSchema,
        response: { 200: SuggestionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const { mode, seconds = 1, seed = 1 } = request.body;
      const snap = app.db.transaction(() => adminSnapshot(app.db, eventId));
      const grid: GridState = {
        rooms: snap.rooms,
        slots: snap.slots,
        proposals: snap.proposals,
        placements: snap.placements,
        ballots: snap.admin.ballots,
        avoidPairs: snap.admin.avoidPairs,
      };
      const instance = toScheduleInstance(grid, mode === 'fill' ? 'all' : 'pinned');

      // A facilitator who closes the dialog should not keep the solver busy.
      const abort = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.sent) abort.abort();
      });
      const result = await app.solver
        .solve(instance, { seed, timeBudgetMs: seconds * 1000, signal: abort.signal })
        .catch((err: unknown) => {
          if (err instanceof InvalidInstanceError) {
            throw new HttpError(409, 'schedule_invalid', err.message);
          }
          throw err;
        });

      const current = new Map(snap.placements.map((p) => [p.proposalId, p]));
      const placements: Placement[] = result.placements.map((p) => {
        const was = current.get(p.sessionId);
        const kept = was && was.roomId === p.roomId && was.slotId === p.slotId;
        return {
          proposalId: p.sessionId,
          roomId: p.roomId,
          slotId: p.slotId,
          pinned: kept ? was.pinned : false,
        };
      });
      const changes = diffPlacements(snap.placements, placements);
      return {
        mode,
        placements,
        changes,
        score: { before: gridScore(grid), after: result.score },
        version: snap.version,
      };
    },
  );
};
