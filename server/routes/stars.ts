import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { agendaVisible } from '../../shared/phases';
import { errorResponses } from '../../shared/schemas/common';
import {
  ProposalParamsSchema,
  StarInputSchema,
  StarResultSchema,
} from '../../shared/schemas/proposal';
import { HttpError, notFound } from '../http-error';
import { starRepo } from '../repos/stars-repo';

export const starRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/api/events/:eventId/proposals/:proposalId/star',
    {
      schema: {
        params: ProposalParamsSchema,
        body: StarInputSchema,
        response: { 200: StarResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, proposalId } = request.params;
      const { caller, event } = app.authorize(request, eventId, 'participant');
      if (caller.role !== 'participant') throw new Error('unreachable');
      // A star is a plan to attend a session in its room and time: there is none before.
      if (!agendaVisible(event.phase, 'participant')) {
        throw new HttpError(409, 'phase_closed', 'Stars open once the agenda is published');
      }
      const { participantId } = caller;
      const { starred } = request.body;
      const repo = starRepo(app.db);

      const outcome = app.db.transaction(
        () => {
          const found = repo.situation(eventId, participantId, proposalId);
          if (!found || found.mergedIntoId) throw notFound('Proposal');
          const was = found.starredAt !== null;
          // A hidden session can still lose its star, so none stays stuck on it.
          if (found.hidden && starred && !was) throw notFound('Proposal');
          if (was === starred) return { changed: false as const };
          repo.set(eventId, participantId, proposalId, starred, new Date(app.clock.now()));
          return { changed: true as const, stars: repo.countOn(proposalId) };
        },
        { behavior: 'immediate' },
      );

      // Stars change no version: they are not the event's shared state, only who plans what.
      if (outcome.changed) {
        app.live.admins(eventId).publish('stars:changed', { proposalId, stars: outcome.stars });
        app.live.participant(participantId).publish('star:changed', { proposalId, starred });
      }
      return { starred };
    },
  );
};
