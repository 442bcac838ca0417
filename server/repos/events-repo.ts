import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
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

const statements = (db: Db) => ({
  byId: db
    .select()
    .from(events)
    .where(eq(events.id, sql.placeholder('id')))
    .prepare(),
});

/** As getEvent, outside a transaction, prepared once: every request and socket starts here. */
export function readEvent(db: Db, eventId: string): EventRow {
  const row = preparedFor(db, statements).byId.get({ id: eventId });
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
