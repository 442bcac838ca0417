import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Cell } from '../../shared/grid/place';
import type { Ballot, StarMove } from '../../shared/merge';
import { participants, proposals, votes } from '../db/schema';
import { HttpError } from '../http-error';
import type { Tx } from '../repos/events-repo';
import { applyMergeStars, type StarOutcome } from './merge-stars';
import { writeChanges } from './placements-repo';

/**
 * Everything a merge changed, so it can be undone and redone exactly. Its stars (`StarMove`)
 * are what the last 'do' moved: who starred the duplicate, and who gained the survivor's star.
 */
export interface MergeRecord extends StarMove {
  sourceId: string;
  intoId: string;
  sourceVotes: Ballot[];
  intoVotesBefore: Ballot[];
  intoVotesAfter: Ballot[];
  refunds: Ballot[];
  intoHostsBefore: string[];
  intoHostsAfter: string[];
  sourceCell: Cell | null;
}

export function ballotsOf(tx: Tx, proposalId: string): Ballot[] {
  return tx
    .select({ participantId: votes.participantId, dots: votes.dots })
    .from(votes)
    .where(eq(votes.proposalId, proposalId))
    .all();
}

const sameBallots = (a: readonly Ballot[], b: readonly Ballot[]) => {
  const key = (list: readonly Ballot[]) =>
    list
      .map((v) => `${v.participantId}:${v.dots}`)
      .sort()
      .join(',');
  return key(a) === key(b);
};

function setBallots(
  tx: Tx,
  eventId: string,
  proposalId: string,
  list: readonly Ballot[],
  now: Date,
) {
  tx.delete(votes).where(eq(votes.proposalId, proposalId)).run();
  for (const b of list) {
    tx.insert(votes)
      .values({ ...b, proposalId, eventId, updatedAt: now })
      .run();
  }
  const total = list.reduce((s, b) => s + b.dots, 0);
  tx.update(proposals)
    .set({ dots: total, voters: list.length })
    .where(eq(proposals.id, proposalId))
    .run();
}

/**
 * Applies a merge ('do') or takes it back ('undo'). Refuses with 409 when votes on the two
 * proposals moved on since, or a refund was spent meanwhile, rather than lose anyone's dots.
 * Stars never refuse (they are not versioned); what they did is returned for the live facts.
 */
export function applyMerge(
  tx: Tx,
  eventId: string,
  rec: MergeRecord,
  direction: 'do' | 'undo',
  budget: number,
  now: Date,
): StarOutcome {
  const forward = direction === 'do';
  const expectInto = forward ? rec.intoVotesBefore : rec.intoVotesAfter;
  const expectSource = forward ? rec.sourceVotes : [];
  if (
    !sameBallots(ballotsOf(tx, rec.intoId), expectInto) ||
    !sameBallots(ballotsOf(tx, rec.sourceId), expectSource)
  ) {
    throw new HttpError(409, 'history_conflict', 'Votes on these proposals changed since');
  }

  const ids = rec.refunds.map((r) => r.participantId);
  const used = new Map(
    (ids.length
      ? tx
          .select({ id: participants.id, dotsUsed: participants.dotsUsed })
          .from(participants)
          .where(inArray(participants.id, ids))
          .all()
      : []
    ).map((p) => [p.id, p.dotsUsed]),
  );
  for (const r of rec.refunds) {
    const next = (used.get(r.participantId) ?? 0) + (forward ? -r.dots : r.dots);
    if (!forward && next > budget) {
      throw new HttpError(409, 'history_conflict', 'Returned dots were spent since the merge');
    }
    tx.update(participants)
      .set({ dotsUsed: sql`${participants.dotsUsed} + ${forward ? -r.dots : r.dots}` })
      .where(eq(participants.id, r.participantId))
      .run();
  }

  setBallots(tx, eventId, rec.intoId, forward ? rec.intoVotesAfter : rec.intoVotesBefore, now);
  setBallots(tx, eventId, rec.sourceId, forward ? [] : rec.sourceVotes, now);
  tx.update(proposals)
    .set({ hosts: forward ? rec.intoHostsAfter : rec.intoHostsBefore, updatedAt: now })
    .where(eq(proposals.id, rec.intoId))
    .run();
  tx.update(proposals)
    .set({ mergedIntoId: forward ? rec.intoId : null, updatedAt: now })
    .where(and(eq(proposals.id, rec.sourceId), eq(proposals.eventId, eventId)))
    .run();
  if (rec.sourceCell) {
    writeChanges(
      tx,
      eventId,
      [
        {
          proposalId: rec.sourceId,
          before: forward ? rec.sourceCell : null,
          after: forward ? null : rec.sourceCell,
        },
      ],
      now,
    );
  }
  return applyMergeStars(tx, eventId, rec, direction, now);
}
