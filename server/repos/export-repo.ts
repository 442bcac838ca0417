import type { ExportSource } from '../../shared/export/export-source';
import type { Db } from '../db/client';
import { sharedView } from './snapshot';

/**
 * What the exports are built from: the facilitators' view, read in one transaction so that
 * rooms, slots, sessions and the grid agree. Exports are rare: no cache.
 */
export function readExportSource(db: Db, eventId: string): ExportSource & { version: number } {
  return db.transaction(() => sharedView(db, eventId, 'admin').view);
}
