import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq } from 'drizzle-orm';
import { mergeBallots, unionHosts } from '../../shared/merge';
import { talliesVisible } from '../../shared/phases';
import { errorResponses } from '../../shared/schemas/common';
import { MergeInputSchema, MergeResultSchema } from '../../shared/schemas/placement';
import { ProposalParamsSchema } from '../../shared/schemas/proposal';
import { participants, placements, proposals } from '../db/schema';
import { historyState, recordOperation } from '../grid/history';
import { applyMerge, ballotsOf, type MergeRecord } from '../grid/merge-state';
import { withStarsNow } from '../grid/merge-stars';
import { assertFresh } from '../grid/version';
import { HttpError, notFound } from '../http-error';
import { bumpVersion, type Tx } from '../repos/events-repo';
import { toProposal } from '../repos/to-wire';
import { listPairs } from './avoid-pairs';
import { remainingDots } from '../../shared/vote-budget';

function liveProposal(tx: Tx, eventId: string, id: string) {
  const row = tx
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, id), eq(proposals.eventId, eventId)))
    .get();
  if (!row || row.mergedIntoId) throw notFound('Proposal');
  return row;
}

export const mergeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/events/:eventId/proposals/:proposalId/merge',
    {
      schema: {
        params: ProposalParamsSchema,
        body: MergeInputSchema,
        response: { 200: MergeResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, proposalId: sourceId } = request.params;
      const { intoId } = request.body;
      const { event } = app.authorize(request, eventId, 'admin');
      assertFresh(event, request.body.version);
      if (sourceId === intoId) {
        throw new HttpError(400, 'merge_invalid', 'A proposal cannot be merged into itself');
      }
      const now = new Date(app.clock.now());
      const result = app.db.transaction(
        (tx) => {
          const into = liveProposal(tx, eventId, intoId);
          const source = liveProposal(tx, eventId, sourceId);
          const sourceVotes = ballotsOf(tx, sourceId);
          const intoVotesBefore = ballotsOf(tx, intoId);
          const outcome = mergeBallots(sourceVotes, intoVotesBefore, event.maxDotsPerProposal);
          const cell = tx
            .select()
            .from(placements)
            .where(eq(placements.proposalId, sourceId))
            .get();
          const rec: MergeRecord = withStarsNow(tx, {
            sourceId,
            intoId,
            sourceVotes,
            intoVotesBefore,
            intoVotesAfter: outcome.into,
            refunds: outcome.refunds,
            intoHostsBefore: into.hosts,
            intoHostsAfter: unionHosts(into.hosts, source.hosts),
            sourceCell: cell
              ? { roomId: cell.roomId, slotId: cell.slotId, pinned: cell.pinned }
              : null,
          });
          const stars = applyMerge(tx, eventId, rec, 'do', event.dotsPerParticipant, now);
          recordOperation(tx, eventId, { kind: 'merge', merge: rec }, now);
          const affected = [
            ...new Set([...sourceVotes, ...intoVotesBefore].map((b) => b.participantId)),
          ];
          const budgets = affected.map((id) => {
            const p = tx
              .select({ dotsUsed: participants.dotsUsed })
              .from(participants)
              .where(eq(participants.id, id))
              .get()!;
            const dots = outcome.into.find((b) => b.participantId === id)?.dots ?? 0;
            return { id, dots, remaining: remainingDots(event.dotsPerParticipant, p.dotsUsed) };
          });
          return {
            row: liveProposal(tx, eventId, intoId),
            rec,
            budgets,
            stars,
            version: bumpVersion(tx, eventId),
            ...historyState(tx, eventId),
          };
        },
        { behavior: 'immediate' },
      );

      const { row, rec, budgets, stars, version } = result;
      const forPublic = toProposal(
        row,
        talliesVisible(event.phase, event.blindVoting, 'participant'),
      );
      app.live
        .admins(eventId)
        .publish('proposal:merged', { sourceId, into: toProposal(row, true), version });
      app.live.public(eventId).publish('proposal:merged', { sourceId, into: forPublic, version });
      app.live.admins(eventId).publish('ballot:changed', {
        ballots: [
          ...rec.sourceVotes.map((b) => ({ ...b, proposalId: sourceId, dots: 0 })),
          ...rec.intoVotesAfter.map((b) => ({ ...b, proposalId: intoId })),
        ],
      });
      app.live
        .admins(eventId)
        .publish('history:changed', { canUndo: result.canUndo, canRedo: result.canRedo });
      for (const b of budgets) {
        const to = app.live.participant(b.id);
        to.publish('vote:changed', {
          proposalId: sourceId,
          dots: 0,
          remaining: b.remaining,
          version,
        });
        to.publish('vote:changed', {
          proposalId: intoId,
          dots: b.dots,
          remaining: b.remaining,
          version,
        });
      }
      app.live.stars(eventId, stars.changes, stars.counts);
      app.live.admins(eventId).publish('avoid:changed', { avoidPairs: listPairs(app.db, eventId) });
      return { proposal: toProposal(row, true), version };
    },
  );
};
