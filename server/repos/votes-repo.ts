import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { events, participants, proposals, votes } from '../db/schema';

const p = sql.placeholder;

const statements = (db: Db) => ({
  proposal: db
    .select({ hidden: proposals.hidden, mergedIntoId: proposals.mergedIntoId })
    .from(proposals)
    .where(and(eq(proposals.id, p('proposalId')), eq(proposals.eventId, p('eventId'))))
    .prepare(),
  dots: db
    .select({ dots: votes.dots })
    .from(votes)
    .where(and(eq(votes.participantId, p('participantId')), eq(votes.proposalId, p('proposalId'))))
    .prepare(),
  dotsUsed: db
    .select({ dotsUsed: participants.dotsUsed })
    .from(participants)
    .where(eq(participants.id, p('participantId')))
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
  bumpVersion: db
    .update(events)
    .set({ version: sql`${events.version} + 1` })
    .where(eq(events.id, p('eventId')))
    .returning({ version: events.version })
    .prepare(),
});

/** What a vote reads and writes, as prepared statements: a vote storm runs through here. */
export function voteRepo(db: Db) {
  const s = preparedFor(db, statements);
  return {
    proposal: (eventId: string, proposalId: string) => s.proposal.get({ eventId, proposalId }),
    dots: (participantId: string, proposalId: string) =>
      s.dots.get({ participantId, proposalId })?.dots ?? 0,
    dotsUsed: (participantId: string) => s.dotsUsed.get({ participantId })?.dotsUsed ?? 0,
    setDots(eventId: string, participantId: string, proposalId: string, dots: number, at: Date) {
      if (dots === 0) s.deleteVote.run({ participantId, proposalId });
      else s.upsertVote.run({ participantId, proposalId, eventId, dots, updatedAt: at });
    },
    setDotsUsed: (participantId: string, dotsUsed: number) =>
      s.setDotsUsed.run({ participantId, dotsUsed }),
    addToTally: (proposalId: string, dots: number, voters: number) =>
      s.addToTally.get({ proposalId, dots, voters })!,
    bumpVersion: (eventId: string) => s.bumpVersion.get({ eventId })!.version,
  };
}
