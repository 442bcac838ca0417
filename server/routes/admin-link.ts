import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq } from 'drizzle-orm';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import { RenewedAdminLinkSchema } from '../../shared/schemas/event';
import { forgetOwner, rememberOwner } from '../auth/caller';
import { bearerToken, hashToken } from '../auth/tokens';
import { events } from '../db/schema';
import { adminRoom } from '../live/rooms';

/**
 * A new admin link, for one that reached the wrong hands (a projected screen, a forwarded mail):
 * the event gets a new admin token and the old one opens nothing from this answer on. The
 * facilitators' open pages are disconnected, so that none keeps hearing the ballots on the old
 * key; each then finds its link refused, and the one who asked reloads with the new one.
 */
export const adminLinkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/events/:eventId/admin-link/renew',
    {
      schema: {
        params: EventParamsSchema,
        response: { 200: RenewedAdminLinkSchema, ...errorResponses },
      },
      // After the answer has left: the asking page has its new token before its socket drops.
      onResponse: (request, reply, done) => {
        if (reply.statusCode === 200) {
          app.io.in(adminRoom(request.params.eventId)).disconnectSockets(true);
        }
        done();
      },
    },
    async (request) => {
      const { eventId } = request.params;
      app.authorize(request, eventId, 'admin');
      const oldHash = hashToken(bearerToken(request.headers.authorization)!);
      const adminToken = app.ids.token();
      const adminTokenHash = hashToken(adminToken);
      app.db.update(events).set({ adminTokenHash }).where(eq(events.id, eventId)).run();
      forgetOwner(app.db, oldHash);
      rememberOwner(app.db, adminTokenHash, { role: 'admin', eventId });
      return { adminToken };
    },
  );
};
