import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { participants, proposals, votes } from '../db/schema';
import { bumpVersionPrepared } from './events-repo';

const p = sql.placeholder;

const statements = (db: Db) => ({
  /** The proposal, and the voter's dots on it and in all, read in one go. */
  situation: db
    .select({
      hidden: proposals.hidden,
      mergedIntoId: proposals.mergedIntoId,
      dotsUsed: participants.dotsUsed,
      current: votes.dots,
    })
    .from(proposals)
    .innerJoin(participants, eq(participants.id, p('participantId')))
    .leftJoin(
      votes,
      and(eq(votes.participantId, participants.id), eq(votes.proposalId, proposals.id)),
    )
    .where(and(eq(proposals.id, p('proposalId')), eq(proposals.eventId, p('eventId'))))
    .prepare(),
  upsertVote: db
    .insert(votes)
    .values({
      participantId: p('participantId'),
      proposalId: p('proposalId'),
      eventId: p('eventId'),
      dots: p('dots'),
      updatedAt: p('updatedAt'),
    })
    .onConflictDoUpdate({
      target: [votes.participantId, votes.proposalId],
      set: { dots: sql`excluded.dots`, updatedAt: sql`excluded.updated_at` },
    })
    .prepare(),
  deleteVote: db
    .delete(votes)
    .where(and(eq(votes.participantId, p('participantId')), eq(votes.proposalId, p('proposalId'))))
    .prepare(),
  setDotsUsed: db
    .update(participants)
    .set({ dotsUsed: sql`${p('dotsUsed')}` })
    .where(eq(participants.id, p('participantId')))
    .prepare(),
  addToTally: db
    .update(proposals)
    .set({
      dots: sql`${proposals.dots} + ${p('dots')}`,
      voters: sql`${proposals.voters} + ${p('voters')}`,
    })
    .where(eq(proposals.id, p('proposalId')))
    .returning({ dots: proposals.dots, voters: proposals.voters })
    .prepare(),
});

/** What a vote reads and writes, as prepared statements: a vote storm runs through here. */
export function voteRepo(db: Db) {
  const s = preparedFor(db, statements);
  return {
    /** Undefined when the event has no such proposal. */
    situation(eventId: string, participantId: string, proposalId: string) {
      const row = s.situation.get({ eventId, participantId, proposalId });
      return row && { ...row, current: row.current ?? 0 };
    },
    setDots(eventId: string, participantId: string, proposalId: string, dots: number, at: Date) {
      if (dots === 0) s.deleteVote.run({ participantId, proposalId });
      else s.upsertVote.run({ participantId, proposalId, eventId, dots, updatedAt: at });
    },
    setDotsUsed: (participantId: string, dotsUsed: number) =>
      s.setDotsUsed.run({ participantId, dotsUsed }),
    addToTally: (proposalId: string, dots: number, voters: number) =>
      s.addToTally.get({ proposalId, dots, voters })!,
    bumpVersion: (eventId: string) => bumpVersionPrepared(db, eventId),
  };
}
