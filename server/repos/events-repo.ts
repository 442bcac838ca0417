import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { events } from '../db/schema';
import { notFound } from '../http-error';

/** A transaction handle or the db itself: repositories work inside either. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

export type EventRow = typeof events.$inferSelect;

export function getEvent(db: Tx, eventId: string): EventRow {
  const row = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!row) throw notFound('Event');
  return row;
}

export function findEventByJoinCode(db: Tx, joinCode: string): EventRow | undefined {
  return db.select().from(events).where(eq(events.joinCode, joinCode)).get();
}

/** Every committed change to an event bumps its version once, inside the change's transaction. */
export function bumpVersion(db: Tx, eventId: string): number {
  const row = db
    .update(events)
    .set({ version: sql`${events.version} + 1` })
    .where(eq(events.id, eventId))
    .returning({ version: events.version })
    .get();
  if (!row) throw notFound('Event');
  return row.version;
}
