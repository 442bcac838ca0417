import type { FastifyInstance, FastifyRequest } from 'fastify';
import { normalizeJoinCode } from '../../shared/join-code';
import { findEventByJoinCode, type EventRow } from '../repos/events-repo';

/**
 * The event a typed or scanned join code opens. An unknown code counts as the client's
 * failure; past its limit the client gets 429 before any lookup, so codes cannot be tried
 * in bulk, while a venue's typos stay far below it.
 */
export function eventOfJoinCode(
  app: FastifyInstance,
  request: FastifyRequest,
  joinCode: string,
): EventRow | undefined {
  const failures = app.failures.joinCodes.at(request.ip);
  failures.check();
  const event = findEventByJoinCode(app.db, normalizeJoinCode(joinCode));
  if (!event) failures.count();
  return event;
}
