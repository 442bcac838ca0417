// Importing: every bad file is a 400 that names the line (CSV) or field (JSON), and creates
// nothing (the whole database is compared before and after).
import { EXPORT_VERSION } from '../../shared/export/export-format';
import type { EventExport } from '../../shared/schemas/event-export';
import { runBadInputCases, type BadInputCase } from '../support/bad-input';
import { sampleExportWith } from '../support/export-fixture';

const json = (name: string, change: (doc: EventExport) => void, message: RegExp): BadInputCase => ({
  name: `export: ${name}`,
  method: 'POST',
  url: () => '/api/events/import',
  body: sampleExportWith(change),
  status: 400,
  code: 'bad_request',
  message,
});

const HEADER = 'kind,name,capacity,notes,start,end,timezone\r\n';
const EVENT = 'event,Knytkonferens 2027,,,,,Europe/Stockholm\r\n';
const csv = (name: string, text: string, message: RegExp): BadInputCase => ({
  name: `csv: ${name}`,
  method: 'POST',
  url: () => '/api/events/import/csv',
  raw: text,
  contentType: 'text/csv',
  status: 400,
  code: 'bad_request',
  message,
});

const cases: BadInputCase[] = [
  json('not a Knyta export', (d) => Object.assign(d, { format: 'frab' }), /format/),
  json('a later version', (d) => Object.assign(d, { version: EXPORT_VERSION + 1 }), /version/),
  json('a negative star count', (d) => (d.sessions[0]!.stars = -1), /sessions\/0\/stars/),
  json('an empty session title', (d) => (d.sessions[1]!.title = ''), /sessions\/1\/title/),
  json('a title of spaces', (d) => (d.sessions[1]!.title = '  '), /^sessions\/1\/title: is empty$/),
  json(
    'a text-direction override in a host',
    (d) => (d.sessions[0]!.hosts = ['Åsa\u202E']),
    /^sessions\/0\/hosts\/0: contains U\+202E/,
  ),
  json('a room without seats', (d) => (d.rooms[0]!.capacity = 0), /rooms\/0\/capacity/),
  json(
    'a field the format has not',
    (d) => Object.assign(d.rooms[0]!, { colour: 'red' }),
    /rooms\/0/,
  ),
  json(
    'two rooms with one id',
    (d) => (d.rooms[1]!.id = 'r1'),
    /^rooms\/1\/id: "r1" is used twice$/,
  ),
  json(
    'an unknown time zone',
    (d) => (d.event.timezone = 'Mars/Olympus'),
    /^event\/timezone: unknown time zone/,
  ),
  json(
    'a day that does not exist',
    (d) => (d.event.date = '2026-02-30'),
    /^event\/date: 2026-02-30 is not a day/,
  ),
  json(
    'a slot that ends before it starts',
    (d) => (d.slots[1]!.endsAt = '2026-11-27T09:00:00.000Z'),
    /^slots\/1: a slot must end after it starts$/,
  ),
  json(
    'a placement in a room that is not there',
    (d) => (d.placements[0]!.roomId = 'r9'),
    /^placements\/0\/roomId: no room "r9"$/,
  ),
  json(
    'a placement in the lunch break',
    (d) => (d.placements[0]!.slotId = 'lunch'),
    /^placements\/0\/slotId: "lunch" is a break/,
  ),
  json(
    'two sessions in one cell',
    (d) => (d.placements[1]!.roomId = 'r1'),
    /^placements\/1: room "r1" already holds a session in slot "s1"$/,
  ),
  json(
    'a session placed twice',
    (d) => d.placements.push({ sessionId: 'a', roomId: 'r2', slotId: 's2', pinned: false }),
    /^placements\/2\/sessionId: "a" is placed twice$/,
  ),
  json(
    'a note without its author, visibility and time',
    (d) => (d.sessions[0]!.notes = [{ text: 'x' } as never]),
    /sessions\/0\/notes/,
  ),
  {
    name: 'export: not JSON at all',
    method: 'POST',
    url: () => '/api/events/import',
    raw: 'kind,name\r\nroom,Aula',
    status: 400,
  },
  csv('an empty file', '', /^Line 1: the file is empty$/),
  csv('an unknown column', 'kind,name,seats\r\n', /^Line 1: unknown column "seats"/),
  csv('no event line', `${HEADER}room,Aula,40,,,,\r\n`, /^Line 2: no event line/),
  csv(
    'two event lines',
    `${HEADER}${EVENT}room,Aula,40,,,,\r\n${EVENT}`,
    /^Line 4: a second event line \(the first is line 2\)$/,
  ),
  csv(
    'seats that are not a number',
    `${HEADER}${EVENT}room,Aula,40,,,,\r\nroom,Tornet,forty,,,,\r\n`,
    /^Line 4, capacity: "forty" is not a whole number/,
  ),
  csv(
    'a quote never closed (line numbers count the lines inside quotes)',
    `${HEADER}${EVENT}room,Aula,40,"Projector,\r\naccessible,,,\r\n`,
    /^Line 3: a quote is never closed$/,
  ),
  csv(
    'a time that is not one',
    `${HEADER}${EVENT}room,Aula,40,,,,\r\n"room","Kafé",8,"quiet, dark",,,\r\nslot,,,,2027-11-26 9.30,2027-11-26 10:15,\r\n`,
    /^Line 5, start: "2027-11-26 9.30" is not a date and time/,
  ),
  csv(
    'a slot that ends before it starts',
    `${HEADER}${EVENT}slot,,,,2027-11-26 10:30,2027-11-26 10:15,\r\n`,
    /^Line 3: a slot must end after it starts$/,
  ),
  csv(
    'a kind named like a property of every object',
    `${HEADER}${EVENT}constructor,,,,2027-11-26 09:30,2027-11-26 10:15,\r\n`,
    /^Line 3, kind: "constructor" is not event, room/,
  ),
  csv(
    'an unknown kind',
    `${HEADER}${EVENT}lunch,,,,,,\r\n`,
    /^Line 3, kind: "lunch" is not event, room/,
  ),
  csv(
    'an unknown time zone',
    `${HEADER}event,K,,,,,Europe/Göteborg\r\n`,
    /^Line 2, timezone: unknown/,
  ),
];

runBadInputCases('bad files to import', cases);
