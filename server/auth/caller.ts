import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../shared/phases';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { events, participants } from '../db/schema';
import { HttpError } from '../http-error';
import { hashToken } from './tokens';

export type Caller =
  | { role: 'admin'; eventId: string }
  | { role: 'participant'; eventId: string; participantId: string }
  | { role: 'anonymous'; eventId: string };

const statements = (db: Db) => ({
  admin: db
    .select({ id: events.id })
    .from(events)
    .where(eq(events.adminTokenHash, sql.placeholder('hash')))
    .prepare(),
  participant: db
    .select({ id: participants.id, eventId: participants.eventId })
    .from(participants)
    .where(eq(participants.tokenHash, sql.placeholder('hash')))
    .prepare(),
});

/**
 * Who a token makes its bearer, for one event. A token of another event is 403, a token that
 * belongs to nobody 401: the client can tell "wrong place" from "forgotten key".
 */
export function resolveCaller(db: Db, eventId: string, token: string | null): Caller {
  if (token === null) return { role: 'anonymous', eventId };
  const hash = hashToken(token);
  const s = preparedFor(db, statements);
  const admin = s.admin.get({ hash });
  if (admin) {
    if (admin.id !== eventId)
      throw new HttpError(403, 'forbidden', 'This token is for another event');
    return { role: 'admin', eventId };
  }
  const participant = s.participant.get({ hash });
  if (!participant) throw new HttpError(401, 'unauthorized', 'Unknown token');
  if (participant.eventId !== eventId) {
    throw new HttpError(403, 'forbidden', 'This token is for another event');
  }
  return { role: 'participant', eventId, participantId: participant.id };
}

export function requireRole(caller: Caller, ...roles: Role[]): void {
  if (caller.role === 'anonymous') {
    throw new HttpError(401, 'unauthorized', 'Send Authorization: Bearer <token>');
  }
  if (!roles.includes(caller.role)) {
    throw new HttpError(403, 'forbidden', `Only ${roles.join(' or ')} may do this`);
  }
}

export function viewerRole(caller: Caller): Role {
  return caller.role === 'admin' ? 'admin' : 'participant';
}
