import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv/parse-csv';
import { SESSION_CSV_COLUMNS } from '../../shared/export/sessions-csv';
import { EventExportSchema, type EventExport } from '../../shared/schemas/event-export';
import { IMPORT_JSON_LIMIT } from '../../server/routes/import';
import { bearer, startApp, type Harness } from '../support/app';
import { seedExportEvent } from '../support/export-seed';
import { FrabReaderSchema } from '../support/frab-reader';
import { schemaErrors } from '../support/schema-errors';

let h: Harness;
let s: Awaited<ReturnType<typeof seedExportEvent>>;
beforeEach(async () => {
  h = await startApp();
  s = await seedExportEvent(h.app);
});
afterEach(async () => {
  await h?.close();
});

const get = (url: string, token?: string) =>
  h.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
const exportOf = async (eventId: string, token: string) =>
  (await get(`/api/events/${eventId}/export.json`, token)).json() as EventExport;
const patchEvent = (payload: object) =>
  h.app.inject({ method: 'PATCH', url: s.ev, headers: bearer(s.adminToken), payload });
const countEvents = () =>
  (h.db.$client.prepare('select count(*) as n from events').get() as { n: number }).n;

/** An export with its ids replaced by names, titles and times: what must survive an import. */
function comparable(doc: EventExport) {
  const room = new Map(doc.rooms.map((r) => [r.id, r.name]));
  const slot = new Map(doc.slots.map((x) => [x.id, x.startsAt]));
  const session = new Map(doc.sessions.map((x) => [x.id, x.title]));
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  return {
    event: { ...doc.event, phase: undefined },
    rooms: doc.rooms.map(strip),
    slots: doc.slots.map(strip),
    sessions: doc.sessions.map((x) => ({ ...strip(x), dots: undefined, voters: undefined })),
    placements: doc.placements
      .map((p) => [session.get(p.sessionId), room.get(p.roomId), slot.get(p.slotId), p.pinned])
      .sort(),
  };
}

describe('who may export', () => {
  it.each(['export.json', 'export.csv'])('%s: the facilitators only', async (file) => {
    const url = `${s.ev}/${file}`;
    expect((await get(url)).statusCode).toBe(401);
    expect((await get(url, s.people.ada.token)).statusCode).toBe(403);
    expect((await get(url, s.other.adminToken)).statusCode).toBe(403);
    expect((await get(`/api/events/nope/${file}`, s.adminToken)).statusCode).toBe(404);
    expect((await get(url, s.adminToken)).statusCode).toBe(200);
  });

  it('schedule.frab.json: the facilitators any time, everybody once the agenda is live or closed', async () => {
    const url = `${s.ev}/schedule.frab.json`;
    expect((await get(url)).statusCode).toBe(401);
    expect((await get(url, s.people.ada.token)).statusCode).toBe(403);
    expect((await get(url, s.adminToken)).statusCode).toBe(200);
    for (const phase of ['live', 'closed']) {
      await patchEvent({ phase });
      expect((await get(url)).statusCode).toBe(200);
      expect((await get(url, s.people.bo.token)).statusCode).toBe(200);
    }
  });
});

describe('GET export.json', () => {
  it('is the documented format: valid against its schema, version 1, totals but no voters', async () => {
    const res = await get(`${s.ev}/export.json`, s.adminToken);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="knytkonferens-2026.json"',
    );
    const doc = res.json() as EventExport;
    expect(schemaErrors(EventExportSchema, doc)).toEqual([]);
    expect(doc).toMatchObject({ format: 'knyta-event', version: 1 });
    expect(doc.rooms.map((r) => r.name)).toEqual(['Aula', 'Lilla']);
    expect(doc.slots.map((x) => x.kind)).toEqual(['session', 'session', 'break']);
    // The duplicate is gone, its dots moved to the session it was merged into.
    const titles = doc.sessions.map((x) => x.title);
    expect(titles).not.toContain('Öppen data');
    const first = doc.sessions.find((x) => x.title.startsWith('Öppna data'))!;
    expect(first).toMatchObject({
      dots: 5,
      voters: 2,
      hosts: ['Åsa Öberg', 'Ada', 'Bo'],
      notes: [],
    });
    expect(doc.sessions.find((x) => x.title === 'Dold')!.hidden).toBe(true);
    expect(doc.placements).toHaveLength(2);
    expect(doc.placements.find((p) => p.sessionId === first.id)!.pinned).toBe(true);
  });

  it('holds no token, participant id or ballot in any export', async () => {
    await patchEvent({ phase: 'live' });
    const bodies = await Promise.all(
      ['export.json', 'export.csv', 'schedule.frab.json'].map(
        async (file) => (await get(`${s.ev}/${file}`, s.adminToken)).body,
      ),
    );
    const secrets = [
      s.adminToken,
      s.people.ada.token,
      s.people.bo.token,
      s.people.ada.participant.id,
      s.people.bo.participant.id,
      ...(
        h.db.$client.prepare('select token_hash as t from participants').all() as { t: string }[]
      ).map((r) => r.t),
      ...(
        h.db.$client.prepare('select admin_token_hash as t from events').all() as { t: string }[]
      ).map((r) => r.t),
    ];
    expect(secrets.length).toBeGreaterThanOrEqual(8);
    for (const body of bodies) {
      for (const secret of secrets) expect(body).not.toContain(secret);
      expect(body).not.toMatch(/participantId|authorId|ballots|joinCode/);
    }
  });
});

describe('GET export.csv', () => {
  it('opens in a spreadsheet: BOM, CRLF, quoted fields, Swedish text, times of the event, no formulas', async () => {
    const res = await get(`${s.ev}/export.csv`, s.adminToken);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="knytkonferens-2026.csv"',
    );
    const raw = res.rawPayload.toString('utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(
      raw
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((l) => l === '' || l.endsWith('\r')),
    ).toBe(true);
    const parsed = parseCsv(raw);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.records.map((r) => r.fields);
    expect(header).toEqual([...SESSION_CSV_COLUMNS]);
    const byTitle = new Map(
      rows.map((r) => [r[0], Object.fromEntries(header!.map((c, i) => [c, r[i]]))]),
    );
    expect(byTitle.get('Öppna data, "på riktigt"')).toEqual({
      title: 'Öppna data, "på riktigt"',
      // Merging united the hosts.
      hosts: 'Åsa Öberg; Ada; Bo',
      format: 'discussion',
      room: 'Aula',
      day: '2026-11-27',
      // 09:00 UTC in Stockholm in November.
      start: '10:00',
      end: '10:45',
      dots: '5',
      voters: '2',
      state: 'placed',
      description: 'Kommunernas data:\nvad händer, när, och varför?',
    });
    expect(byTitle.get('\'=HYPERLINK("x")')).toMatchObject({
      state: 'unplaced',
      dots: '1',
      room: '',
    });
    expect(byTitle.get('Dold')).toMatchObject({ state: 'hidden' });
    expect(rows.map((r) => r[9])).toEqual(['placed', 'placed', 'unplaced', 'hidden']);
  });
});

describe('GET schedule.frab.json', () => {
  it('is a frab schedule the apps read, with stable ids and only the published sessions', async () => {
    await patchEvent({ phase: 'live' });
    const first = (await get(`${s.ev}/schedule.frab.json`)).json();
    expect(schemaErrors(FrabReaderSchema, first)).toEqual([]);
    const { conference } = first.schedule;
    expect(conference).toMatchObject({
      title: 'Knytkonferens 2026',
      acronym: 'knytkonferens-2026',
      start: '2026-11-27',
      end: '2026-11-27',
      daysCount: 1,
      timeslot_duration: '00:15',
      time_zone_name: 'Europe/Stockholm',
    });
    const day = conference.days[0];
    expect(day).toMatchObject({
      day_start: '2026-11-27T10:00:00+01:00',
      day_end: '2026-11-27T13:00:00+01:00',
    });
    expect(Object.keys(day.rooms)).toEqual(['Aula', 'Lilla']);
    const [talk] = day.rooms.Aula;
    expect(talk).toMatchObject({
      date: '2026-11-27T10:00:00+01:00',
      start: '10:00',
      duration: '00:45',
      room: 'Aula',
      title: 'Öppna data, "på riktigt"',
      type: 'discussion',
      language: 'sv',
      persons: [{ public_name: 'Åsa Öberg' }, { public_name: 'Ada' }, { public_name: 'Bo' }],
    });
    expect(talk.slug).toMatch(/^knytkonferens-2026-\d+-oppna-data-pa-riktigt$/);
    const talks = conference.days.flatMap((d: typeof day) => Object.values(d.rooms).flat());
    expect(talks).toHaveLength(2);
    // The same session keeps its id and guid in the next export, after a change elsewhere.
    await patchEvent({ name: 'Renamed' });
    const again = (await get(`${s.ev}/schedule.frab.json`)).json();
    const [talkAgain] = again.schedule.conference.days[0].rooms.Aula;
    expect([talkAgain.id, talkAgain.guid]).toEqual([talk.id, talk.guid]);
    expect(again.schedule.version).not.toBe(first.schedule.version);
  });
});

describe('POST /api/events/import', () => {
  it('round trip: export → import → export gives the same rooms, slots, sessions and grid', async () => {
    // Hidden after it was placed: it keeps its cell, on the grid and through the round trip.
    await h.app.inject({
      method: 'PATCH',
      url: `${s.ev}/proposals/${s.proposals.p2.id}`,
      headers: bearer(s.adminToken),
      payload: { hidden: true },
    });
    const before = await exportOf(s.event.id, s.adminToken);
    const res = await h.app.inject({ method: 'POST', url: '/api/events/import', payload: before });
    expect(res.statusCode).toBe(201);
    const { event, adminToken } = res.json();
    expect(event.id).not.toBe(s.event.id);
    expect(event.joinCode).not.toBe(s.event.joinCode);
    expect(adminToken).not.toBe(s.adminToken);
    expect(event.phase).toBe('proposing');
    const after = await exportOf(event.id, adminToken);
    expect(comparable(after)).toEqual(comparable(before));
    expect(after.placements).toHaveLength(2);
    expect(after.sessions.filter((x) => x.hidden)).toHaveLength(2);
    // New ids everywhere; dot totals are not imported: there are no voters to own them.
    const oldIds = new Set([...before.rooms, ...before.slots, ...before.sessions].map((x) => x.id));
    for (const x of [...after.rooms, ...after.slots, ...after.sessions])
      expect(oldIds).not.toContain(x.id);
    expect(after.sessions.every((x) => x.dots === 0 && x.voters === 0)).toBe(true);
    // The new key works, and the old one has no power over the new event.
    expect((await get(`/api/events/${event.id}/export.json`, s.adminToken)).statusCode).toBe(403);
  });

  it(`takes an export of 12 rooms × 10 slots × 120 sessions with every text at its longest (< ${IMPORT_JSON_LIMIT / 1024 / 1024} MB)`, async () => {
    const doc = await exportOf(s.event.id, s.adminToken);
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
    const res = await h.app.inject({ method: 'POST', url: '/api/events/import', payload: big });
    expect(res.statusCode).toBe(201);
    const imported = await exportOf(res.json().event.id, res.json().adminToken);
    expect([imported.rooms.length, imported.slots.length, imported.placements.length]).toEqual([
      12, 10, 120,
    ]);
  });

  it('refuses a file over its limit with 413 and creates nothing', async () => {
    const events = countEvents();
    const res = await h.app.inject({
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
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/events/import/csv',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode).toBe(201);
    const { event, adminToken } = res.json();
    expect(event).toMatchObject({ name: 'Knytkonferens 2027', date: '2027-11-26', language: 'sv' });
    const doc = await exportOf(event.id, adminToken);
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
