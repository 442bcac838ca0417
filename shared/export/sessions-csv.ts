import { cellKey, indexAgenda } from '../agenda';
import { csvDocument, textCell } from '../csv/write-csv';
import type { Proposal } from '../schemas/proposal';
import type { ExportSource } from './export-source';
import { wallClock } from './local-time';

export const SESSION_CSV_COLUMNS = [
  'title',
  'hosts',
  'format',
  'room',
  'day',
  'start',
  'end',
  'dots',
  'voters',
  'stars',
  'state',
  'description',
] as const;

type State = 'placed' | 'unplaced' | 'hidden';

/**
 * One row per session, in the order of the day (slot, then room), the unplaced ones after by
 * dots, the hidden ones last. Times are the event's wall clock.
 */
export function buildSessionsCsv(source: ExportSource): string {
  const tz = source.event.timezone;
  const index = indexAgenda(source);
  const rooms = [...source.rooms].sort((a, b) => a.position - b.position);
  const rows: (string | number)[][] = [[...SESSION_CSV_COLUMNS]];
  const row = (p: Proposal, state: State, where?: { room: string; start: number; end: number }) => {
    const start = where ? wallClock(where.start, tz) : null;
    rows.push([
      textCell(p.title),
      textCell(p.hosts.join('; ')),
      p.format,
      where ? textCell(where.room) : '',
      start?.date ?? '',
      start?.time ?? '',
      where ? wallClock(where.end, tz).time : '',
      p.dots ?? 0,
      p.voters ?? 0,
      source.stars?.[p.id] ?? 0,
      state,
      textCell(p.description),
    ]);
  };

  const placed = new Set<string>();
  const slots = [...source.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const slot of slots) {
    for (const room of rooms) {
      const p = index.get(cellKey(slot.id, room.id));
      if (!p || p.hidden) continue;
      placed.add(p.id);
      row(p, 'placed', {
        room: room.name,
        start: Date.parse(slot.startsAt),
        end: Date.parse(slot.endsAt),
      });
    }
  }
  const rest = source.proposals.filter((p) => !placed.has(p.id));
  const byDots = (a: Proposal, b: Proposal) => (b.dots ?? 0) - (a.dots ?? 0);
  for (const p of rest.filter((p) => !p.hidden).sort(byDots)) row(p, 'unplaced');
  for (const p of rest.filter((p) => p.hidden).sort(byDots)) row(p, 'hidden');
  return csvDocument(rows);
}
