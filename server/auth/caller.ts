import { eq, sql } from 'drizzle-orm';
import { agendaVisible, type Phase, type Role } from '../../shared/phases';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { events, participants } from '../db/schema';
import type { FailureGate } from '../guard/failure-limit';
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

type Owner = Exclude<Caller, { role: 'anonymous' }>;

/**
 * Tokens whose owner was found, by hash: a token never changes owner, so a hit stays true until
 * the token is ended (`forgetOwner`).
 */
const owners = new WeakMap<Db, Map<string, Owner>>();
const MAX_OWNERS = 20_000;

function knownOwners(db: Db): Map<string, Owner> {
  let known = owners.get(db);
  if (!known) owners.set(db, (known = new Map()));
  return known;
}

/** Remembers whose a token is, once found or issued. */
export function rememberOwner(db: Db, hash: string, owner: Owner): void {
  const known = knownOwners(db);
  known.set(hash, owner);
  if (known.size > MAX_OWNERS) known.delete(known.keys().next().value!);
}

/** Forgets a token that no longer opens anything (an admin link replaced by a new one). */
export function forgetOwner(db: Db, hash: string): void {
  knownOwners(db).delete(hash);
}

/**
 * Whose token this is (its owner's role and event), or null; every request asks. Unknown
 * tokens count as the client's failures; past its limit, a client's tokens not yet seen are
 * refused unread, while tokens already found still work: one device guessing on a venue's
 * shared address cannot lock out the 2,000 phones behind it (and a guess that happened to
 * match one of those has odds of 1 in 2^192 per known token).
 */
function ownerOf(db: Db, hash: string, failures: FailureGate): Owner | null {
  const hit = knownOwners(db).get(hash);
  if (hit) return hit;
  failures.check();
  const s = preparedFor(db, statements);
  const admin = s.admin.get({ hash });
  const participant = admin ? undefined : s.participant.get({ hash });
  const owner: Owner | null = admin
    ? { role: 'admin', eventId: admin.id }
    : participant
      ? { role: 'participant', eventId: participant.eventId, participantId: participant.id }
      : null;
  // Unknown tokens are not remembered: guessing must not fill the memory.
  if (owner) rememberOwner(db, hash, owner);
  else failures.count();
  return owner;
}

/**
 * Who a token makes its bearer, for one event. A token of another event is 403, a token that
 * belongs to nobody 401: the client can tell "wrong place" from "forgotten key".
 */
export function resolveCaller(
  db: Db,
  eventId: string,
  token: string | null,
  failures: FailureGate,
): Caller {
  if (token === null) return { role: 'anonymous', eventId };
  const owner = ownerOf(db, hashToken(token), failures);
  if (!owner) throw new HttpError(401, 'unauthorized', 'Unknown token');
  if (owner.eventId !== eventId) {
    throw new HttpError(403, 'forbidden', 'This token is for another event');
  }
  return owner;
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

/**
 * The agenda's feeds for apps (frab, iCalendar) are public once participants see the agenda:
 * a conference app or a calendar has no token. Before that, facilitators only (401 without a
 * token, 403 with a participant's).
 */
export function requireAgendaReader(caller: Caller, phase: Phase): void {
  if (!agendaVisible(phase, viewerRole(caller))) requireRole(caller, 'admin');
}
