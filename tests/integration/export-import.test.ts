// Who may export, and importing: the round trip, the size of a big day, the CSV of rooms and slots.
import { describe, expect, it } from 'vitest';
import { type EventExport } from '../../shared/schemas/event-export';
import { IMPORT_JSON_LIMIT } from '../../server/routes/import';
import { bearer } from '../support/app';
import { exportHarness } from '../support/export-seed';
import { sampleExportWith } from '../support/export-fixture';

const t = exportHarness();
const countEvents = () =>
  (t.h.db.$client.prepare('select count(*) as n from events').get() as { n: number }).n;

function comparable(doc: EventExport) {
  const room = new Map(doc.rooms.map((r) => [r.id, r.name]));
  const slot = new Map(doc.slots.map((x) => [x.id, x.startsAt]));
  const session = new Map(doc.sessions.map((x) => [x.id, x.title]));
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  return {
    event: { ...doc.event, phase: undefined },
    rooms: doc.rooms.map(strip),
    slots: doc.slots.map(strip),
    sessions: doc.sessions.map((x) => ({
      ...strip(x),
      dots: undefined,
      voters: undefined,
      stars: undefined,
    })),
    placements: doc.placements
      .map((p) => [session.get(p.sessionId), room.get(p.roomId), slot.get(p.slotId), p.pinned])
      .sort(),
  };
}

describe('who may export', () => {
  it.each(['export.json', 'export.csv'])('%s: the facilitators only', async (file) => {
    const url = `${t.s.ev}/${file}`;
    expect((await t.get(url)).statusCode).toBe(401);
    expect((await t.get(url, t.s.people.ada.token)).statusCode).toBe(403);
    expect((await t.get(url, t.s.other.adminToken)).statusCode).toBe(403);
    expect((await t.get(`/api/events/nope/${file}`, t.s.adminToken)).statusCode).toBe(404);
    expect((await t.get(url, t.s.adminToken)).statusCode).toBe(200);
  });

  it('schedule.frab.json: the facilitators any time, everybody once the agenda is live or closed', async () => {
    const url = `${t.s.ev}/schedule.frab.json`;
    expect((await t.get(url)).statusCode).toBe(401);
    expect((await t.get(url, t.s.people.ada.token)).statusCode).toBe(403);
    expect((await t.get(url, t.s.adminToken)).statusCode).toBe(200);
    for (const phase of ['live', 'closed']) {
      await t.patchEvent({ phase });
      expect((await t.get(url)).statusCode).toBe(200);
      expect((await t.get(url, t.s.people.bo.token)).statusCode).toBe(200);
    }
  });
});

describe('POST /api/events/import', () => {
  it('round trip: export → import → export gives the same rooms, slots, sessions and grid', async () => {
    // Hidden after it was placed: it keeps its cell, on the grid and through the round trip.
    await t.h.app.inject({
      method: 'PATCH',
      url: `${t.s.ev}/proposals/${t.s.proposals.p2.id}`,
      headers: bearer(t.s.adminToken),
      payload: { hidden: true },
    });
    const before = await t.exportOf(t.s.event.id, t.s.adminToken);
    const res = await t.h.app.inject({
      method: 'POST',
      url: '/api/events/import',
      payload: before,
    });
    expect(res.statusCode).toBe(201);
    const { event, adminToken } = res.json();
    expect(event.id).not.toBe(t.s.event.id);
    expect(event.joinCode).not.toBe(t.s.event.joinCode);
    expect(adminToken).not.toBe(t.s.adminToken);
    expect(event.phase).toBe('proposing');
    const after = await t.exportOf(event.id, adminToken);
    expect(comparable(after)).toEqual(comparable(before));
    expect(after.placements).toHaveLength(2);
    expect(after.sessions.filter((x) => x.hidden)).toHaveLength(2);
    // New ids everywhere; dot totals are not imported: there are no voters to own them.
    const oldIds = new Set([...before.rooms, ...before.slots, ...before.sessions].map((x) => x.id));
    for (const x of [...after.rooms, ...after.slots, ...after.sessions])
      expect(oldIds).not.toContain(x.id);
    expect(after.sessions.every((x) => x.dots === 0 && x.voters === 0)).toBe(true);
    // The new key works, and the old one has no power over the new event.
    expect((await t.get(`/api/events/${event.id}/export.json`, t.s.adminToken)).statusCode).toBe(
      403,
    );
  });

  it('imports version 1 and 2 files too, and no file’s notes or stars: they are the record of their own day', async () => {
    const note = {
      text: 'Slides: https://example.org/s',
      authorName: 'Anna',
      hidden: false,
      createdAt: '2026-11-27T09:40:00.000Z',
    };
    const files = [
      sampleExportWith((d) => {
        d.version = 1;
        for (const x of d.sessions) delete x.stars;
      }),
      sampleExportWith((d) => {
        d.version = 2;
        d.sessions[0]!.notes = [note];
        for (const x of d.sessions) delete x.stars;
      }),
      sampleExportWith((d) => (d.sessions[0]!.notes = [note])),
    ];
    for (const file of files) {
      const res = await t.h.app.inject({
        method: 'POST',
        url: '/api/events/import',
        payload: file,
      });
      expect(res.statusCode, `version ${file.version}`).toBe(201);
      const { event, adminToken } = res.json();
      const after = await t.exportOf(event.id, adminToken);
      expect(after.version).toBe(3);
      expect(after.sessions.map((x) => x.title)).toEqual(file.sessions.map((x) => x.title));
      expect(after.sessions.every((x) => x.notes.length === 0)).toBe(true);
      expect(after.sessions.every((x) => x.stars === 0)).toBe(true);
    }
  });

  it(`takes an export of 12 rooms × 10 slots × 120 sessions with every text at its longest (< ${IMPORT_JSON_LIMIT / 1024 / 1024} MB)`, async () => {
    const doc = await t.exportOf(t.s.event.id, t.s.adminToken);
    const long = (n: number) =>
      'Åäö, ”smörgåsbord” och fika. '
        .repeat(Math.ceil(n / 29))
        .slice(0, n)
        .trim();
    const big: EventExport = {
      ...doc,
      rooms: Array.from({ length: 12 }, (_, i) => ({
        id: `r${i}`,
        name: long(80),
        capacity: 40,
        notes: long(200),
      })),
      slots: Array.from({ length: 10 }, (_, i) => ({
        id: `s${i}`,
        startsAt: new Date(Date.UTC(2026, 10, 27, 8 + i)).toISOString(),
        endsAt: new Date(Date.UTC(2026, 10, 27, 8 + i, 45)).toISOString(),
        kind: 'session' as const,
        label: long(80),
      })),
      sessions: Array.from({ length: 120 }, (_, i) => ({
        id: `p${i}`,
        title: `${i} ${long(110)}`,
        description: long(2000),
        hosts: Array.from({ length: 6 }, (_, k) => `${k} ${long(55)}`),
        format: 'workshop' as const,
        hidden: false,
        dots: 99,
        voters: 40,
        notes: [],
      })),
      placements: Array.from({ length: 120 }, (_, i) => ({
        sessionId: `p${i}`,
        roomId: `r${i % 12}`,
        slotId: `s${Math.floor(i / 12)}`,
        pinned: false,
      })),
    };
    const bytes = Buffer.byteLength(JSON.stringify(big));
    expect(bytes).toBeGreaterThan(64 * 1024);
    expect(bytes).toBeLessThan(IMPORT_JSON_LIMIT);
    const res = await t.h.app.inject({ method: 'POST', url: '/api/events/import', payload: big });
    expect(res.statusCode).toBe(201);
    const imported = await t.exportOf(res.json().event.id, res.json().adminToken);
    expect([imported.rooms.length, imported.slots.length, imported.placements.length]).toEqual([
      12, 10, 120,
    ]);
  });

  it('refuses a file over its limit with 413 and creates nothing', async () => {
    const events = countEvents();
    const res = await t.h.app.inject({
      method: 'POST',
      url: '/api/events/import',
      headers: { 'content-type': 'application/json' },
      payload: `{"format":"knyta-event","padding":"${'x'.repeat(IMPORT_JSON_LIMIT)}"}`,
    });
    expect(res.statusCode).toBe(413);
    expect(countEvents()).toBe(events);
  });
});

describe('POST /api/events/import/csv', () => {
  it('creates an event from last year’s rooms and slots, times on the event’s clock', async () => {
    const csv = [
      '\uFEFFKind,Name,Capacity,Notes,Start,End,Timezone',
      'event,Knytkonferens 2027,,,,,Europe/Stockholm',
      'room,Biblioteket,40,Projektor,,,',
      'room,"Verkstaden, övre",16,"Whiteboards, ""tillgänglig""",,,',
      'slot,,,,2027-11-26 09:30,2027-11-26 10:15,',
      'break,Lunch,,,2027-11-26 12:00,2027-11-26 13:00,',
      'plenary,"Avslutning, alla",,,2027-11-26T16:00,2027-11-26T16:30,',
      '',
    ].join('\r\n');
    const res = await t.h.app.inject({
      method: 'POST',
      url: '/api/events/import/csv',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode).toBe(201);
    const { event, adminToken } = res.json();
    expect(event).toMatchObject({ name: 'Knytkonferens 2027', date: '2027-11-26', language: 'sv' });
    const doc = await t.exportOf(event.id, adminToken);
    expect(doc.rooms).toEqual([
      { id: expect.any(String), name: 'Biblioteket', capacity: 40, notes: 'Projektor' },
      {
        id: expect.any(String),
        name: 'Verkstaden, övre',
        capacity: 16,
        notes: 'Whiteboards, "tillgänglig"',
      },
    ]);
    expect(doc.slots.map(({ id: _id, ...x }) => x)).toEqual([
      {
        startsAt: '2027-11-26T08:30:00.000Z',
        endsAt: '2027-11-26T09:15:00.000Z',
        kind: 'session',
        label: '',
      },
      {
        startsAt: '2027-11-26T11:00:00.000Z',
        endsAt: '2027-11-26T12:00:00.000Z',
        kind: 'break',
        label: 'Lunch',
      },
      {
        startsAt: '2027-11-26T15:00:00.000Z',
        endsAt: '2027-11-26T15:30:00.000Z',
        kind: 'plenary',
        label: 'Avslutning, alla',
      },
    ]);
  });
});
