import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { participants } from '../db/schema';
import type { FeedAt, ParticipantFeed } from './snapshot';

/**
 * A new calendar feed for the participant: the next epoch, whose token's hash replaces the one
 * stored, so the URL before it finds nothing from now on. One transaction, so two requests at
 * once end at two different epochs and the stored hash is the later one's.
 */
export function renewFeed(db: Db, participantId: string, feedAt: FeedAt): ParticipantFeed {
  return db.transaction(
    (tx) => {
      const row = tx
        .update(participants)
        .set({ feedEpoch: sql`${participants.feedEpoch} + 1` })
        .where(eq(participants.id, participantId))
        .returning({ epoch: participants.feedEpoch })
        .get();
      if (!row) throw new Error('participant vanished');
      const feed = feedAt(row.epoch);
      tx.update(participants)
        .set({ feedTokenHash: feed.tokenHash })
        .where(eq(participants.id, participantId))
        .run();
      return feed;
    },
    { behavior: 'immediate' },
  );
}
