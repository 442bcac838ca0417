import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { events } from '../db/schema';
import { notFound } from '../http-error';

/** A transaction handle or the db itself: repositories work inside either. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

export type EventRow = typeof events.$inferSelect;

const statements = (db: Db) => ({
  byId: db
    .select()
    .from(events)
    .where(eq(events.id, sql.placeholder('id')))
    .prepare(),
  byJoinCode: db
    .select()
    .from(events)
    .where(eq(events.joinCode, sql.placeholder('joinCode')))
    .prepare(),
  bumpVersion: db
    .update(events)
    .set({ version: sql`${events.version} + 1` })
    .where(eq(events.id, sql.placeholder('id')))
    .returning({ version: events.version })
    .prepare(),
});

/**
 * The event, prepared once: every request and socket starts here. better-sqlite3 has one
 * connection, so this also reads inside a transaction.
 */
export function readEvent(db: Db, eventId: string): EventRow {
  const row = preparedFor(db, statements).byId.get({ id: eventId });
  if (!row) throw notFound('Event');
  return row;
}

/** Prepared once too: 2,000 phones joining within minutes each start here. */
export function findEventByJoinCode(db: Db, joinCode: string): EventRow | undefined {
  return preparedFor(db, statements).byJoinCode.get({ joinCode });
}

/** As bumpVersion, prepared once: for the vote, the hot path. */
export function bumpVersionPrepared(db: Db, eventId: string): number {
  const row = preparedFor(db, statements).bumpVersion.get({ id: eventId });
  if (!row) throw notFound('Event');
  return row.version;
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
