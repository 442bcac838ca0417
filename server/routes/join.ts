import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../shared/schemas/common';
import { JoinedSchema, JoinSchema } from '../../shared/schemas/participant';
import { rememberOwner } from '../auth/caller';
import { hashToken } from '../auth/tokens';
import { eventOfJoinCode } from '../guard/join-codes';
import { HttpError } from '../http-error';
import { insertParticipant } from '../repos/participants-repo';
import { optionalNameInput } from '../input';

export const joinRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/join',
    { schema: { body: JoinSchema, response: { 201: JoinedSchema, ...errorResponses } } },
    async (request, reply) => {
      const name = optionalNameInput('The name', request.body.name ?? '') || null;
      const event = eventOfJoinCode(app, request, request.body.joinCode);
      if (!event) throw new HttpError(404, 'join_code_not_found', 'No event has this join code');
      const token = app.ids.token();
      const tokenHash = hashToken(token);
      // Joining changes nothing others see, so it bumps no version and pushes nothing.
      const row = insertParticipant(app.db, {
        id: app.ids.id(),
        eventId: event.id,
        name,
        tokenHash,
        createdAt: new Date(app.clock.now()),
      });
      // Known from its first request on, even from an address past its failure limit.
      rememberOwner(app.db, tokenHash, {
        role: 'participant',
        eventId: event.id,
        participantId: row.id,
      });
      return reply
        .status(201)
        .send({ eventId: event.id, participant: { id: row.id, name: row.name }, token });
    },
  );
};
