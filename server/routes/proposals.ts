import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq } from 'drizzle-orm';
import { canEditOwnProposal, canPitch, talliesVisible } from '../../shared/phases';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import {
  ProposalInputSchema,
  ProposalParamsSchema,
  ProposalPatchSchema,
  ProposalResponseSchema,
} from '../../shared/schemas/proposal';
import { participants, proposals } from '../db/schema';
import { HttpError, notFound } from '../http-error';
import { nameInput, optionalNameInput, textInput } from '../input';
import { bumpVersion, type EventRow } from '../repos/events-repo';
import { toProposal } from '../repos/to-wire';

/** Trimmed, blank ones dropped, each name once. */
const hostsInput = (hosts: string[]) => [
  ...new Set(hosts.map((h) => optionalNameInput('A host name', h)).filter((h) => h.length > 0)),
];
const titleInput = (title: string) => nameInput('The title', title);
const descriptionInput = (description: string) => textInput('The description', description);

export const proposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** Admins see every tally; participants as blind voting allows. */
  const publish = (
    event: EventRow,
    kind: 'proposal:created' | 'proposal:updated',
    row: typeof proposals.$inferSelect,
    version: number,
  ) => {
    const forPublic = toProposal(
      row,
      talliesVisible(event.phase, event.blindVoting, 'participant'),
    );
    app.live.proposal(event.id, kind, toProposal(row, true), forPublic, version);
  };

  app.post(
    '/api/events/:eventId/proposals',
    {
      schema: {
        params: EventParamsSchema,
        body: ProposalInputSchema,
        response: { 201: ProposalResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params;
      const { caller, event } = app.authorize(request, eventId, 'admin', 'participant');
      if (!canPitch(event.phase, caller.role)) {
        throw new HttpError(409, 'phase_closed', `Pitching is closed in the ${event.phase} phase`);
      }
      const title = titleInput(request.body.title);
      const description = descriptionInput(request.body.description ?? '');
      const givenHosts = hostsInput(request.body.hosts ?? []);
      const now = new Date(app.clock.now());
      const { row, version } = app.db.transaction((tx) => {
        let hosts = givenHosts;
        const authorId = caller.role === 'participant' ? caller.participantId : null;
        if (hosts.length === 0 && authorId) {
          const author = tx.select().from(participants).where(eq(participants.id, authorId)).get();
          if (author?.name) hosts = [author.name];
        }
        const row = tx
          .insert(proposals)
          .values({
            id: app.ids.id(),
            eventId,
            authorId,
            title,
            description,
            hosts,
            format: request.body.format ?? 'discussion',
            createdAt: now,
            updatedAt: now,
          })
          .returning()
          .get();
        return { row, version: bumpVersion(tx, eventId) };
      });
      publish(event, 'proposal:created', row, version);
      const showTallies = talliesVisible(event.phase, event.blindVoting, caller.role);
      return reply.status(201).send({ proposal: toProposal(row, showTallies) });
    },
  );

  app.patch(
    '/api/events/:eventId/proposals/:proposalId',
    {
      schema: {
        params: ProposalParamsSchema,
        body: ProposalPatchSchema,
        response: { 200: ProposalResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, proposalId } = request.params;
      const { caller, event } = app.authorize(request, eventId, 'admin', 'participant');
      const where = and(eq(proposals.id, proposalId), eq(proposals.eventId, eventId));
      const current = app.db.select().from(proposals).where(where).get();
      if (!current || current.mergedIntoId || (current.hidden && caller.role !== 'admin')) {
        throw notFound('Proposal');
      }
      if (caller.role === 'participant') {
        if (current.authorId !== caller.participantId) {
          throw new HttpError(403, 'forbidden', 'Only its author or a facilitator may edit this');
        }
        if (request.body.hidden !== undefined) {
          throw new HttpError(403, 'forbidden', 'Only a facilitator may hide a proposal');
        }
        if (!canEditOwnProposal(event.phase)) {
          throw new HttpError(
            409,
            'phase_closed',
            `Proposals are frozen in the ${event.phase} phase`,
          );
        }
      }
      const { title, description, hosts, format, hidden } = request.body;
      const changes = {
        ...(title !== undefined ? { title: titleInput(title) } : {}),
        ...(description !== undefined ? { description: descriptionInput(description) } : {}),
        ...(hosts !== undefined ? { hosts: hostsInput(hosts) } : {}),
        ...(format !== undefined ? { format } : {}),
        ...(hidden !== undefined ? { hidden } : {}),
        updatedAt: new Date(app.clock.now()),
      };
      const { row, version } = app.db.transaction((tx) => {
        const row = tx.update(proposals).set(changes).where(where).returning().get()!;
        return { row, version: bumpVersion(tx, eventId) };
      });
      publish(event, 'proposal:updated', row, version);
      const showTallies = talliesVisible(event.phase, event.blindVoting, caller.role);
      return { proposal: toProposal(row, showTallies) };
    },
  );
};
