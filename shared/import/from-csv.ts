import { parseCsv, type CsvRecord } from '../csv/parse-csv';
import { LANGUAGES, type Language } from '../languages';
import type { SlotKind } from '../slot-kinds';
import { EXPORT_MAX } from '../export/export-format';
import { parseTimeOfDay, zonedDate, zonedToUtc } from '../zoned-time';
import { dateAt, nameAt, optionalNameAt, slotTimesAt, timezoneAt } from './import-checks';
import { checked, refuse, type ImportCheck, type ImportPlan } from './import-plan';

/**
 * A new event from a CSV of rooms and slots, as a facilitator keeps last year's template in a
 * spreadsheet. The first line names the columns (any order); each other line is one `event`
 * (name, timezone, language), `room` (name, capacity, notes) or slot (`slot`, `break` or
 * `plenary`: start, end, name as its label). Times are the event's wall clock. docs/api.md
 * has an example.
 */
export const ROOMS_SLOTS_COLUMNS = [
  'kind',
  'name',
  'capacity',
  'notes',
  'start',
  'end',
  'timezone',
  'language',
] as const;
type Column = (typeof ROOMS_SLOTS_COLUMNS)[number];
type Row = { line: number; get: (column: Column) => string };

// A Map, not an object: a kind such as "constructor" must not find Object's own properties.
const SLOT_KINDS = new Map<string, SlotKind>([
  ['slot', 'session'],
  ['session', 'session'],
  ['break', 'break'],
  ['plenary', 'plenary'],
]);
const DEFAULT_TIMEZONE = 'Europe/Stockholm';

function rowsOf(records: CsvRecord[]): Row[] {
  const [header, ...body] = records;
  if (!header) return refuse('Line 1', 'the file is empty');
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  columns.forEach((c) => {
    if (!(ROOMS_SLOTS_COLUMNS as readonly string[]).includes(c)) {
      refuse(
        `Line ${header.line}`,
        `unknown column "${c}" (known: ${ROOMS_SLOTS_COLUMNS.join(', ')})`,
      );
    }
    if (columns.indexOf(c) !== columns.lastIndexOf(c))
      refuse(`Line ${header.line}`, `column "${c}" twice`);
  });
  for (const needed of ['kind', 'name'] as const) {
    if (!columns.includes(needed)) refuse(`Line ${header.line}`, `no column "${needed}"`);
  }
  return body.map((record) => {
    if (record.fields.slice(columns.length).some((f) => f.trim() !== '')) {
      refuse(`Line ${record.line}`, `more fields than the ${columns.length} columns of line 1`);
    }
    return {
      line: record.line,
      get: (column: Column) => record.fields[columns.indexOf(column)]?.trim() ?? '',
    };
  });
}

function capacityAt(row: Row): number {
  const text = row.get('capacity');
  const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  return n >= 1 && n <= 100_000
    ? n
    : refuse(`Line ${row.line}, capacity`, `"${text}" is not a whole number from 1 to 100000`);
}

/** "2027-11-26 09:30" (or with a T) on the event's wall clock → a UTC instant. */
function instantAt(row: Row, column: 'start' | 'end', timezone: string): number {
  const text = row.get(column);
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})$/.exec(text);
  const minutes = m ? parseTimeOfDay(m[2]!) : null;
  if (!m || minutes === null) {
    return refuse(
      `Line ${row.line}, ${column}`,
      `"${text}" is not a date and time like 2027-11-26 09:30`,
    );
  }
  return zonedToUtc(dateAt(`Line ${row.line}, ${column}`, m[1]!), minutes, timezone);
}

function eventOf(rows: Row[]): ImportPlan['event'] {
  const events = rows.filter((r) => r.get('kind').toLowerCase() === 'event');
  const row =
    events[0] ?? refuse('Line 2', 'no event line: add one like "event,Knytkonferens 2027"');
  if (events[1])
    refuse(`Line ${events[1].line}`, `a second event line (the first is line ${row.line})`);
  const language = row.get('language').toLowerCase() || 'sv';
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    refuse(`Line ${row.line}, language`, `"${language}" is not one of ${LANGUAGES.join(', ')}`);
  }
  return {
    name: nameAt(`Line ${row.line}, name`, row.get('name')),
    date: null,
    timezone: timezoneAt(`Line ${row.line}, timezone`, row.get('timezone') || DEFAULT_TIMEZONE),
    language: language as Language,
    dotsPerParticipant: 5,
    maxDotsPerProposal: 3,
    blindVoting: false,
  };
}

export function planFromRoomsSlotsCsv(text: string): ImportCheck {
  return checked(() => {
    const parsed = parseCsv(text);
    if (!parsed.ok) return refuse(`Line ${parsed.line}`, parsed.message);
    const rows = rowsOf(parsed.records);
    const event = eventOf(rows);
    const plan: ImportPlan = { event, rooms: [], slots: [], sessions: [], placements: [] };
    for (const row of rows) {
      const kind = row.get('kind').toLowerCase();
      const where = (column: Column) => `Line ${row.line}, ${column}`;
      if (kind === 'event') continue;
      if (kind === 'room') {
        plan.rooms.push({
          key: `line ${row.line}`,
          name: nameAt(where('name'), row.get('name')),
          capacity: capacityAt(row),
          notes: optionalNameAt(where('notes'), row.get('notes')),
        });
      } else if (SLOT_KINDS.has(kind)) {
        const startsAt = instantAt(row, 'start', event.timezone);
        const endsAt = instantAt(row, 'end', event.timezone);
        plan.slots.push({
          key: `line ${row.line}`,
          ...slotTimesAt(`Line ${row.line}`, startsAt, endsAt),
          kind: SLOT_KINDS.get(kind)!,
          label: optionalNameAt(where('name'), row.get('name')),
        });
      } else {
        refuse(where('kind'), `"${row.get('kind')}" is not event, room, slot, break or plenary`);
      }
    }
    if (plan.rooms.length > EXPORT_MAX.rooms) refuse('rooms', `more than ${EXPORT_MAX.rooms}`);
    if (plan.slots.length > EXPORT_MAX.slots) refuse('slots', `more than ${EXPORT_MAX.slots}`);
    // The event's day is its first slot's.
    const first = Math.min(...plan.slots.map((s) => s.startsAt));
    return {
      ...plan,
      event: { ...event, date: plan.slots.length ? zonedDate(first, event.timezone) : null },
    };
  });
}
