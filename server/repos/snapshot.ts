import { and, asc, eq } from 'drizzle-orm';
import { talliesVisible } from '../../shared/phases';
import type { Me, Snapshot } from '../../shared/schemas/snapshot';
import { remainingDots } from '../../shared/vote-budget';
import { viewerRole, type Caller } from '../auth/caller';
import { participants, placements, proposals, rooms, slots, votes } from '../db/schema';
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
      role === 'admin'
        ? eq(proposals.eventId, eventId)
        : and(eq(proposals.eventId, eventId), eq(proposals.hidden, false)),
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
    placements: db
      .select()
      .from(placements)
      .where(eq(placements.eventId, eventId))
      .all()
      .filter((p) => visible.has(p.proposalId))
      .map(toPlacement),
    version: event.version,
    ...(caller.role === 'anonymous' ? {} : { me: meOf(db, caller, event.dotsPerParticipant) }),
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
