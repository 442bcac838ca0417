import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { proposals, stars } from '../db/schema';
import type { StarChange } from '../../shared/merge';
import type { Tx } from './events-repo';

const p = sql.placeholder;

const statements = (db: Db) => ({
  /** The proposal, and whether this participant starred it, read in one go. */
  situation: db
    .select({
      hidden: proposals.hidden,
      mergedIntoId: proposals.mergedIntoId,
      starredAt: stars.createdAt,
    })
    .from(proposals)
    .leftJoin(
      stars,
      and(eq(stars.proposalId, proposals.id), eq(stars.participantId, p('participantId'))),
    )
    .where(and(eq(proposals.id, p('proposalId')), eq(proposals.eventId, p('eventId'))))
    .prepare(),
  insert: db
    .insert(stars)
    .values({
      participantId: p('participantId'),
      proposalId: p('proposalId'),
      eventId: p('eventId'),
      createdAt: p('createdAt'),
    })
    .prepare(),
  delete: db
    .delete(stars)
    .where(and(eq(stars.participantId, p('participantId')), eq(stars.proposalId, p('proposalId'))))
    .prepare(),
  countOn: db
    .select({ n: count() })
    .from(stars)
    .where(eq(stars.proposalId, p('proposalId')))
    .prepare(),
  mine: db
    .select({ proposalId: stars.proposalId })
    .from(stars)
    .where(eq(stars.participantId, p('participantId')))
    .prepare(),
});

/** What a star reads and writes: a plan to attend, kept apart from votes and versions. */
export function starRepo(db: Db) {
  const s = preparedFor(db, statements);
  return {
    situation: (eventId: string, participantId: string, proposalId: string) =>
      s.situation.get({ eventId, participantId, proposalId }),
    set(eventId: string, participantId: string, proposalId: string, starred: boolean, now: Date) {
      if (starred) s.insert.run({ eventId, participantId, proposalId, createdAt: now });
      else s.delete.run({ participantId, proposalId });
    },
    countOn: (proposalId: string) => s.countOn.get({ proposalId })?.n ?? 0,
    mine: (participantId: string) => s.mine.all({ participantId }).map((r) => r.proposalId),
  };
}

/** Every proposal's star count in one event (those with none are left out), for facilitators. */
export function starCounts(db: Tx, eventId: string): Record<string, number> {
  const rows = db
    .select({ proposalId: stars.proposalId, n: count() })
    .from(stars)
    .where(eq(stars.eventId, eventId))
    .groupBy(stars.proposalId)
    .all();
  return Object.fromEntries(rows.map((r) => [r.proposalId, r.n]));
}

/** Who starred one proposal, inside a transaction (a merge moves them). */
export function starrersOf(db: Tx, proposalId: string): string[] {
  return db
    .select({ id: stars.participantId })
    .from(stars)
    .where(eq(stars.proposalId, proposalId))
    .all()
    .map((r) => r.id);
}

/** Writes stars set or cleared; one already as wanted is left as it is. */
export function writeStars(db: Tx, eventId: string, changes: readonly StarChange[], now: Date) {
  for (const { participantId, proposalId, starred } of changes) {
    if (starred) {
      db.insert(stars)
        .values({ participantId, proposalId, eventId, createdAt: now })
        .onConflictDoNothing()
        .run();
    } else {
      db.delete(stars)
        .where(and(eq(stars.participantId, participantId), eq(stars.proposalId, proposalId)))
        .run();
    }
  }
}
