import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { agendaVisible, talliesVisible } from '../../shared/phases';
import type { AdminView, Me, Snapshot } from '../../shared/schemas/snapshot';
import { remainingDots } from '../../shared/vote-budget';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { avoidPairs, participants, placements, proposals, rooms, slots, votes } from '../db/schema';
import { historyState } from '../grid/history';
import { readEvent, type Tx } from './events-repo';
import { starCounts, starRepo } from './stars-repo';
import { toEvent, toPlacement, toProposal, toRoom, toSlot } from './to-wire';

/** What every viewer of one kind sees alike: all of the snapshot but `me` and `admin`. */
export type SharedView = Omit<Snapshot, 'me' | 'admin'>;

const p = sql.placeholder;

/** Built once per version and audience, for every event: prepared once. */
const sharedStatements = (db: Db) => ({
  allProposals: db
    .select()
    .from(proposals)
    .where(and(eq(proposals.eventId, p('id')), isNull(proposals.mergedIntoId)))
    .orderBy(asc(proposals.createdAt), asc(proposals.id))
    .prepare(),
  shownProposals: db
    .select()
    .from(proposals)
    .where(
      and(
        eq(proposals.eventId, p('id')),
        isNull(proposals.mergedIntoId),
        eq(proposals.hidden, false),
      ),
    )
    .orderBy(asc(proposals.createdAt), asc(proposals.id))
    .prepare(),
  rooms: db
    .select()
    .from(rooms)
    .where(eq(rooms.eventId, p('id')))
    .orderBy(asc(rooms.position), asc(rooms.createdAt))
    .prepare(),
  slots: db
    .select()
    .from(slots)
    .where(eq(slots.eventId, p('id')))
    .orderBy(asc(slots.startsAt))
    .prepare(),
  placements: db
    .select()
    .from(placements)
    .where(eq(placements.eventId, p('id')))
    .prepare(),
});

/**
 * The event as a facilitator ('admin') or anyone else ('participant') may see it. Call it
 * inside a transaction so that its reads agree.
 */
export function sharedView(db: Db, eventId: string, role: 'admin' | 'participant') {
  const s = preparedFor(db, sharedStatements);
  const id = { id: eventId };
  const event = readEvent(db, eventId);
  const showTallies = talliesVisible(event.phase, event.blindVoting, role);
  const proposalRows = (role === 'admin' ? s.allProposals : s.shownProposals).all(id);
  const visible = new Set(proposalRows.map((row) => row.id));

  const view: SharedView = {
    event: toEvent(event),
    rooms: s.rooms.all(id).map(toRoom),
    slots: s.slots.all(id).map(toSlot),
    proposals: proposalRows.map((row) => toProposal(row, showTallies)),
    // Participants see the grid only once the agenda is published.
    placements: agendaVisible(event.phase, role)
      ? s.placements
          .all(id)
          .filter((row) => visible.has(row.proposalId))
          .map(toPlacement)
      : [],
    version: event.version,
  };
  return { view, visible };
}

/** The facilitators' whole snapshot, read in one transaction so it is consistent. */
export function adminSnapshot(db: Db, eventId: string): Snapshot & { admin: AdminView } {
  const { view, visible } = sharedView(db, eventId, 'admin');
  return { ...view, me: { role: 'admin' }, admin: adminView(db, eventId, visible) };
}

const meStatements = (db: Db) => ({
  participant: db
    .select({
      id: participants.id,
      name: participants.name,
      dotsUsed: participants.dotsUsed,
      feedTokenHash: participants.feedTokenHash,
      feedEpoch: participants.feedEpoch,
    })
    .from(participants)
    .where(eq(participants.id, sql.placeholder('id')))
    .prepare(),
  setFeedTokenHash: db
    .update(participants)
    .set({ feedTokenHash: sql`${sql.placeholder('hash')}` })
    .where(eq(participants.id, sql.placeholder('id')))
    .prepare(),
  votes: db
    .select({ proposalId: votes.proposalId, dots: votes.dots })
    .from(votes)
    .where(eq(votes.participantId, sql.placeholder('id')))
    .prepare(),
});

/** The participant's calendar feed: its token's hash, and its URL on the server asked. */
export interface ParticipantFeed {
  tokenHash: string;
  url: string | null;
}

/** The feed at the participant's epoch (how many times they asked for a new URL). */
export type FeedAt = (epoch: number) => ParticipantFeed;

/**
 * A participant's own part of the snapshot: their dots, budget, stars and feed (prepared: every
 * phone asks). The feed's hash is stored the first time it is named, so its URL works from then.
 */
export function participantMe(
  db: Db,
  participantId: string,
  budget: number,
  /** Null while the agenda is hidden from participants: no URL, nothing stored. */
  feedAt: FeedAt | null,
): Me {
  const s = preparedFor(db, meStatements);
  const p = s.participant.get({ id: participantId });
  if (!p) throw new Error('participant vanished');
  const feed = feedAt?.(p.feedEpoch);
  if (feed && p.feedTokenHash !== feed.tokenHash) {
    s.setFeedTokenHash.run({ id: participantId, hash: feed.tokenHash });
  }
  const mine = s.votes.all({ id: participantId });
  return {
    role: 'participant',
    participant: { id: p.id, name: p.name },
    votes: Object.fromEntries(mine.map((v) => [v.proposalId, v.dots])),
    remaining: remainingDots(budget, p.dotsUsed),
    starred: starRepo(db).mine(participantId),
    calendarUrl: feed?.url ?? null,
  };
}

/** `live`: the proposals still in the lists; a pair with a merged-away duplicate is moot. */
export function adminView(db: Tx, eventId: string, live: ReadonlySet<string>): AdminView {
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
    stars: starCounts(db, eventId),
  };
}
