import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '../../shared/phases';
import { requireRole, resolveCaller, type Caller } from '../auth/caller';
import { bearerToken } from '../auth/tokens';
import { readEvent, type EventRow } from '../repos/events-repo';

declare module 'fastify' {
  interface FastifyInstance {
    /** Who sent this request, as far as event `eventId` is concerned (404 if no such event). */
    callerOf(request: FastifyRequest, eventId: string): { caller: Caller; event: EventRow };
    /** As callerOf, and 401/403 unless the caller has one of `roles`. */
    authorize(
      request: FastifyRequest,
      eventId: string,
      ...roles: Role[]
    ): { caller: Exclude<Caller, { role: 'anonymous' }>; event: EventRow };
  }
}

export default fp(
  async function authPlugin(app: FastifyInstance) {
    const callerOf = (request: FastifyRequest, eventId: string) => {
      const event = readEvent(app.db, eventId);
      const token = bearerToken(request.headers.authorization);
      const caller = resolveCaller(app.db, eventId, token, app.failures.tokens.at(request.ip));
      return { caller, event };
    };
    app.decorate('callerOf', callerOf);
    app.decorate('authorize', (request: FastifyRequest, eventId: string, ...roles: Role[]) => {
      const { caller, event } = callerOf(request, eventId);
      requireRole(caller, ...roles);
      return { caller: caller as Exclude<Caller, { role: 'anonymous' }>, event };
    });
  },
  { name: 'auth', dependencies: ['db', 'rate-limits'] },
);
