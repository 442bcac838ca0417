import { describe, expect, it } from 'vitest';
import { buildEventExport } from '../../shared/export/event-json';
import { buildFrabSchedule, slugify } from '../../shared/export/frab';
import { hoursMinutes, wallClock } from '../../shared/export/local-time';
import { buildSessionsCsv } from '../../shared/export/sessions-csv';
import { stableIntegers, stableUuid } from '../../shared/export/stable-ids';
import { planFromRoomsSlotsCsv } from '../../shared/import/from-csv';
import { planFromExport } from '../../shared/import/from-export';
import { EventExportSchema } from '../../shared/schemas/event-export';
import { sampleExport, sampleSource } from '../support/export-fixture';
import { schemaErrors } from '../support/schema-errors';

describe('local time', () => {
  it('gives the event’s wall clock with its offset, summer and winter', () => {
    expect(wallClock(Date.parse('2026-11-27T08:30:00Z'), 'Europe/Stockholm')).toEqual({
      date: '2026-11-27',
      time: '09:30',
      iso: '2026-11-27T09:30:00+01:00',
    });
    expect(wallClock(Date.parse('2026-06-01T23:30:00Z'), 'Europe/Stockholm').iso).toBe(
      '2026-06-02T01:30:00+02:00',
    );
    expect(wallClock(Date.parse('2026-06-01T12:00:00Z'), 'America/St_Johns').iso).toBe(
      '2026-06-01T09:30:00-02:30',
    );
    expect(hoursMinutes(45 * 60_000)).toBe('00:45');
    expect(hoursMinutes(90 * 60_000)).toBe('01:30');
  });
});

describe('stable ids', () => {
  it('derives the same UUID from the same name, another from another', () => {
    const a = stableUuid('knyta:ev1:a');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('knyta:ev1:a')).toBe(a);
    expect(stableUuid('knyta:ev1:b')).not.toBe(a);
  });

  it('gives distinct positive integers whatever the order of the others', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `k${i}`);
    const ids = stableIntegers(keys);
    expect(new Set(ids.values()).size).toBe(keys.length);
    expect(stableIntegers(['k7', 'k3']).get('k7')).toBe(ids.get('k7'));
  });
});

describe('the builders', () => {
  it('JSON: the schema’s format, without author ids', () => {
    const doc = buildEventExport(sampleSource(), '2026-11-27T17:00:00.000Z');
    expect(schemaErrors(EventExportSchema, doc)).toEqual([]);
    expect(doc).toEqual({ ...sampleExport(), exportedAt: '2026-11-27T17:00:00.000Z' });
    expect(JSON.stringify(doc)).not.toContain('participant-1');
  });

  it('JSON: each session’s notes in the order written, hidden ones marked, never an author id', () => {
    const note = (id: string, proposalId: string, hidden: boolean) => ({
      id,
      proposalId,
      authorId: 'participant-1',
      authorName: 'Anna',
      text: `note ${id}`,
      hidden,
      createdAt: '2026-11-27T09:40:00.000Z',
      updatedAt: '2026-11-27T09:41:00.000Z',
    });
    const source = { ...sampleSource(), notes: [note('n1', 'b', false), note('n2', 'b', true)] };
    const doc = buildEventExport(source, '2026-11-27T17:00:00.000Z');
    expect(schemaErrors(EventExportSchema, doc)).toEqual([]);
    expect(doc.sessions.find((x) => x.id === 'b')!.notes).toEqual([
      { text: 'note n1', authorName: 'Anna', hidden: false, createdAt: '2026-11-27T09:40:00.000Z' },
      { text: 'note n2', authorName: 'Anna', hidden: true, createdAt: '2026-11-27T09:40:00.000Z' },
    ]);
    expect(doc.sessions.find((x) => x.id === 'a')!.notes).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('participant-1');
  });

  it('JSON: leaves out a placement in a slot made a break since, which no grid shows', () => {
    const source = sampleSource();
    source.slots = source.slots.map((s) => (s.id === 's1' ? { ...s, kind: 'break' } : s));
    const doc = buildEventExport(source, '2026-11-27T17:00:00.000Z');
    expect(doc.placements).toEqual([]);
    expect(planFromExport(doc).ok).toBe(true);
  });

  it('CSV: the day in order, then the unplaced, then the hidden', () => {
    const csv = buildSessionsCsv(sampleSource());
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFtitle,hosts,format,room,day,start,end,dots,voters,stars,state,description',
      'Öppna data i kommunen,Åsa Öberg,discussion,Biblioteket,2026-11-27,09:30,10:15,7,4,12,placed,"Vad händer när…\nRad två."',
      'Lokal först,Bo; Cecilia,talk,Glasrummet,2026-11-27,09:30,10:15,3,2,5,placed,',
      'Dubblett,,other,,,,,0,0,0,hidden,',
      '',
    ]);
  });

  it('frab: placed, shown sessions by day and room; every room listed', () => {
    const { conference } = buildFrabSchedule(sampleSource()).schedule;
    expect(conference.days).toHaveLength(1);
    expect(conference.timeslot_duration).toBe('00:15');
    const rooms = conference.days[0]!.rooms;
    expect(Object.keys(rooms)).toEqual(['Biblioteket', 'Glasrummet']);
    expect(rooms.Biblioteket!.map((e) => e.title)).toEqual(['Öppna data i kommunen']);
    expect(slugify('Öppen data & AI!')).toBe('oppen-data-ai');
    expect(slugify('«»')).toBe('event');
  });
});

describe('import plans', () => {
  it('takes the sample export whole', () => {
    const check = planFromExport(sampleExport());
    expect(check.ok && check.plan.placements).toHaveLength(2);
    expect(check.ok && check.plan.event.name).toBe('Knytkonferens 2026');
  });

  it('reads a CSV of rooms and slots, its columns in any order, with the defaults', () => {
    const check = planFromRoomsSlotsCsv(
      'name,kind,start,end,capacity\nBarcamp,Event,,,\nAula,room,,,80\n,slot,2027-03-28 09:00,2027-03-28 09:45,\n',
    );
    if (!check.ok) throw new Error(check.problem.message);
    expect(check.plan.event).toMatchObject({
      name: 'Barcamp',
      timezone: 'Europe/Stockholm',
      language: 'sv',
      date: '2027-03-28',
    });
    expect(check.plan.rooms).toEqual([{ key: 'line 3', name: 'Aula', capacity: 80, notes: '' }]);
    // 28 March 2027 is a summer-time day in Stockholm: 09:00 is 07:00 UTC.
    expect(new Date(check.plan.slots[0]!.startsAt).toISOString()).toBe('2027-03-28T07:00:00.000Z');
  });

  it('names the line of a field with more values than the header has columns', () => {
    expect(planFromRoomsSlotsCsv('kind,name\nevent,B\nroom,Aula,40\n')).toEqual({
      ok: false,
      problem: { where: 'Line 3', message: 'more fields than the 2 columns of line 1' },
    });
  });
});
