import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { canVote, talliesVisible } from '../../shared/phases';
import { errorResponses } from '../../shared/schemas/common';
import {
  ProposalParamsSchema,
  VoteInputSchema,
  VoteResultSchema,
} from '../../shared/schemas/proposal';
import { decideVote, remainingDots } from '../../shared/vote-budget';
import { HttpError, notFound } from '../http-error';
import { voteRepo } from '../repos/votes-repo';

const REFUSALS = {
  budget_exceeded: 'Not enough dots left',
  proposal_cap_exceeded: 'Too many dots on one proposal',
  bad_request: 'Dots must be a whole number, 0 or more',
} as const;

export const voteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/api/events/:eventId/proposals/:proposalId/vote',
    {
      schema: {
        params: ProposalParamsSchema,
        body: VoteInputSchema,
        response: { 200: VoteResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, proposalId } = request.params;
      const { caller, event } = app.authorize(request, eventId, 'participant');
      if (caller.role !== 'participant') throw new Error('unreachable');
      if (!canVote(event.phase)) {
        throw new HttpError(409, 'phase_closed', `Voting is closed in the ${event.phase} phase`);
      }
      const participantId = caller.participantId;
      const now = new Date(app.clock.now());

      const repo = voteRepo(app.db);

      // IMMEDIATE: the budget check and the write are one step, whatever tabs race each other.
      const outcome = app.db.transaction(
        () => {
          const found = repo.situation(eventId, participantId, proposalId);
          if (!found || found.mergedIntoId) throw notFound('Proposal');
          const { current, dotsUsed: used } = found;
          // A hidden proposal only gives dots back, so none stay stuck on it.
          if (found.hidden && request.body.dots > current) throw notFound('Proposal');
          const decision = decideVote({
            budget: event.dotsPerParticipant,
            maxPerProposal: event.maxDotsPerProposal,
            used,
            current,
            requested: request.body.dots,
          });
          if (!decision.ok) throw new HttpError(409, decision.code, REFUSALS[decision.code]);
          if (decision.delta === 0) {
            return {
              changed: false as const,
              dots: current,
              remaining: remainingDots(event.dotsPerParticipant, used),
              version: event.version,
            };
          }

          repo.setDots(eventId, participantId, proposalId, decision.dots, now);
          repo.setDotsUsed(participantId, decision.used);
          const voterDelta = current === 0 ? 1 : decision.dots === 0 ? -1 : 0;
          const tally = repo.addToTally(proposalId, decision.delta, voterDelta);
          return {
            changed: true as const,
            dots: decision.dots,
            remaining: decision.remaining,
            tally,
            version: repo.bumpVersion(eventId),
          };
        },
        { behavior: 'immediate' },
      );

      if (outcome.changed) {
        const { tally, version } = outcome;
        if (talliesVisible(event.phase, event.blindVoting, 'participant')) {
          app.live.everyone(eventId).publish('tally:changed', { proposalId, ...tally, version });
        } else {
          app.live.admins(eventId).publish('tally:changed', { proposalId, ...tally, version });
          app.live
            .public(eventId)
            .publish('tally:changed', { proposalId, dots: null, voters: null, version });
        }
        app.live.admins(eventId).publish('ballot:changed', {
          ballots: [{ participantId, proposalId, dots: outcome.dots }],
        });
        app.live.participant(participantId).publish('vote:changed', {
          proposalId,
          dots: outcome.dots,
          remaining: outcome.remaining,
          version: outcome.version,
        });
      }
      return { dots: outcome.dots, remaining: outcome.remaining, version: outcome.version };
    },
  );
};
