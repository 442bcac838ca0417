import { eq } from 'drizzle-orm';
import type { ExportSource } from '../../shared/export/export-source';
import type { CalendarSource } from '../../shared/export/ics-calendar';
import type { Db } from '../db/client';
import { placements } from '../db/schema';
import { listEventNotes } from './notes-repo';
import { sharedView } from './snapshot';
import { starCounts } from './stars-repo';

/**
 * What the exports are built from: the facilitators' view, read in one transaction so that
 * rooms, slots, sessions and the grid agree. Exports are rare: no cache.
 */
export function readExportSource(db: Db, eventId: string): ExportSource & { version: number } {
  return db.transaction(() => ({
    ...sharedView(db, eventId, 'admin').view,
    notes: listEventNotes(db, eventId, true),
    stars: starCounts(db, eventId),
  }));
}

/** The same, and when each placement was last written: the calendar's "last modified". */
export function readCalendarSource(db: Db, eventId: string): CalendarSource {
  return db.transaction(() => {
    const placedAt = db
      .select({ proposalId: placements.proposalId, updatedAt: placements.updatedAt })
      .from(placements)
      .where(eq(placements.eventId, eventId))
      .all();
    return {
      ...sharedView(db, eventId, 'admin').view,
      placedAt: new Map(placedAt.map((p) => [p.proposalId, p.updatedAt.getTime()])),
    };
  });
}
