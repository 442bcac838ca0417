import { and, asc, eq, isNull } from 'drizzle-orm';
import { agendaVisible, talliesVisible } from '../../shared/phases';
import type { AdminView, Me, Snapshot } from '../../shared/schemas/snapshot';
import { remainingDots } from '../../shared/vote-budget';
import { viewerRole, type Caller } from '../auth/caller';
import { avoidPairs, participants, placements, proposals, rooms, slots, votes } from '../db/schema';
import { historyState } from '../grid/history';
import { getEvent, type Tx } from './events-repo';
import { toEvent, toPlacement, toProposal, toRoom, toSlot } from './to-wire';

/** The whole event as `caller` may see it, read in one transaction so it is consistent. */
export function buildSnapshot(db: Tx, eventId: string, caller: Caller): Snapshot {
  const event = getEvent(db, eventId);
  const role = viewerRole(caller);
  const showTallies = talliesVisible(event.phase, event.blindVoting, role);
  const proposalRows = db
    .select()
    .from(proposals)
    .where(
      and(
        eq(proposals.eventId, eventId),
        isNull(proposals.mergedIntoId),
        role === 'admin' ? undefined : eq(proposals.hidden, false),
      ),
    )
    .orderBy(asc(proposals.createdAt), asc(proposals.id))
    .all();
  const visible = new Set(proposalRows.map((p) => p.id));

  return {
    event: toEvent(event),
    rooms: db
      .select()
      .from(rooms)
      .where(eq(rooms.eventId, eventId))
      .orderBy(asc(rooms.position), asc(rooms.createdAt))
      .all()
      .map(toRoom),
    slots: db
      .select()
      .from(slots)
      .where(eq(slots.eventId, eventId))
      .orderBy(asc(slots.startsAt))
      .all()
      .map(toSlot),
    proposals: proposalRows.map((p) => toProposal(p, showTallies)),
    // Participants see the grid only once the agenda is published.
    placements: agendaVisible(event.phase, role)
      ? db
          .select()
          .from(placements)
          .where(eq(placements.eventId, eventId))
          .all()
          .filter((p) => visible.has(p.proposalId))
          .map(toPlacement)
      : [],
    version: event.version,
    ...(caller.role === 'anonymous' ? {} : { me: meOf(db, caller, event.dotsPerParticipant) }),
    ...(caller.role === 'admin' ? { admin: adminView(db, eventId, visible) } : {}),
  };
}

function meOf(db: Tx, caller: Exclude<Caller, { role: 'anonymous' }>, budget: number): Me {
  if (caller.role === 'admin') return { role: 'admin' };
  const p = db.select().from(participants).where(eq(participants.id, caller.participantId)).get();
  if (!p) throw new Error('participant vanished');
  const mine = db
    .select({ proposalId: votes.proposalId, dots: votes.dots })
    .from(votes)
    .where(eq(votes.participantId, p.id))
    .all();
  return {
    role: 'participant',
    participant: { id: p.id, name: p.name },
    votes: Object.fromEntries(mine.map((v) => [v.proposalId, v.dots])),
    remaining: remainingDots(budget, p.dotsUsed),
  };
}

/** `live`: the proposals still in the lists; a pair with a merged-away duplicate is moot. */
function adminView(db: Tx, eventId: string, live: ReadonlySet<string>): AdminView {
  return {
    ballots: db
      .select({
        participantId: votes.participantId,
        proposalId: votes.proposalId,
        dots: votes.dots,
      })
      .from(votes)
      .where(eq(votes.eventId, eventId))
      .all(),
    avoidPairs: db
      .select({ a: avoidPairs.a, b: avoidPairs.b })
      .from(avoidPairs)
      .where(eq(avoidPairs.eventId, eventId))
      .all()
      .filter((p) => live.has(p.a) && live.has(p.b))
      .map((p): [string, string] => [p.a, p.b]),
    ...historyState(db, eventId),
  };
}
