// What each export holds: the JSON format, the CSV a spreadsheet opens, the frab schedule.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv/parse-csv';
import { SESSION_CSV_COLUMNS } from '../../shared/export/sessions-csv';
import { EventExportSchema, type EventExport } from '../../shared/schemas/event-export';
import { bearer } from '../support/app';
import { exportHarness } from '../support/export-seed';
import { FrabReaderSchema } from '../support/frab-reader';
import { schemaErrors } from '../support/schema-errors';

const t = exportHarness();

describe('GET export.json', () => {
  it('is the documented format: valid against its schema, version 3, totals but no voters', async () => {
    const placed = t.s.proposals.p1.id;
    const note = (token: string, text: string) =>
      t.h.app.inject({
        method: 'POST',
        url: `${t.s.ev}/proposals/${placed}/notes`,
        headers: bearer(token),
        payload: { text },
      });
    await t.patchEvent({ phase: 'live' });
    await t.star(t.s.people.ada.token, placed);
    await t.star(t.s.people.bo.token, placed);
    await t.star(t.s.people.bo.token, t.s.proposals.p2.id);
    await note(t.s.people.ada.token, 'Slides: https://example.org/s');
    const hidden = (await note(t.s.adminToken, 'Wrong room')).json().note.id as string;
    await t.h.app.inject({
      method: 'PATCH',
      url: `${t.s.ev}/proposals/${placed}/notes/${hidden}`,
      headers: bearer(t.s.adminToken),
      payload: { hidden: true },
    });
    const res = await t.get(`${t.s.ev}/export.json`, t.s.adminToken);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="knytkonferens-2026.json"',
    );
    const doc = res.json() as EventExport;
    expect(schemaErrors(EventExportSchema, doc)).toEqual([]);
    expect(doc).toMatchObject({ format: 'knyta-event', version: 3 });
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
    });
    // How many meant to attend: a count, never who.
    expect(Object.fromEntries(doc.sessions.map((x) => [x.id, x.stars]))).toEqual({
      [placed]: 2,
      [t.s.proposals.p2.id]: 1,
      [t.s.proposals.p3.id]: 0,
      [t.s.hidden.id]: 0,
    });
    expect(doc.sessions.find((x) => x.title === 'Dold')!.hidden).toBe(true);
    // Its notes in the order written, the hidden one marked, with a name but never an id.
    expect(doc.sessions.find((x) => x.id === placed)!.notes).toEqual([
      expect.objectContaining({ text: 'Slides: https://example.org/s', authorName: 'Ada' }),
      expect.objectContaining({ text: 'Wrong room', authorName: null, hidden: true }),
    ]);
    expect(doc.placements).toHaveLength(2);
    expect(doc.placements.find((p) => p.sessionId === first.id)!.pinned).toBe(true);
  });

  it('holds no token, participant id or ballot in any export', async () => {
    await t.patchEvent({ phase: 'live' });
    await t.star(t.s.people.ada.token, t.s.proposals.p1.id);
    const bodies = await Promise.all(
      ['export.json', 'export.csv', 'schedule.frab.json', 'calendar.ics'].map(
        // Unfolded: a secret must not hide behind an iCalendar line fold.
        async (file) =>
          (await t.get(`${t.s.ev}/${file}`, t.s.adminToken)).body.replace(/\r\n /g, ''),
      ),
    );
    const secrets = [
      t.s.adminToken,
      t.s.people.ada.token,
      t.s.people.bo.token,
      t.s.people.ada.participant.id,
      t.s.people.bo.participant.id,
      ...(
        t.h.db.$client.prepare('select token_hash as t from participants').all() as { t: string }[]
      ).map((r) => r.t),
      ...(
        t.h.db.$client.prepare('select admin_token_hash as t from events').all() as { t: string }[]
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
    await t.patchEvent({ phase: 'live' });
    await t.star(t.s.people.ada.token, t.s.proposals.p1.id);
    await t.star(t.s.people.bo.token, t.s.proposals.p1.id);
    const res = await t.get(`${t.s.ev}/export.csv`, t.s.adminToken);
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
      stars: '2',
      state: 'placed',
      description: 'Kommunernas data:\nvad händer, när, och varför?',
    });
    expect(byTitle.get('\'=HYPERLINK("x")')).toMatchObject({
      state: 'unplaced',
      dots: '1',
      stars: '0',
      room: '',
    });
    expect(byTitle.get('Dold')).toMatchObject({ state: 'hidden' });
    expect(rows.map((r) => r[header!.indexOf('state')])).toEqual([
      'placed',
      'placed',
      'unplaced',
      'hidden',
    ]);
  });
});

describe('GET schedule.frab.json', () => {
  it('is a frab schedule the apps read, with stable ids and only the published sessions', async () => {
    await t.patchEvent({ phase: 'live' });
    const first = (await t.get(`${t.s.ev}/schedule.frab.json`)).json();
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
    await t.patchEvent({ name: 'Renamed' });
    const again = (await t.get(`${t.s.ev}/schedule.frab.json`)).json();
    const [talkAgain] = again.schedule.conference.days[0].rooms.Aula;
    expect([talkAgain.id, talkAgain.guid]).toEqual([talk.id, talk.guid]);
    expect(again.schedule.version).not.toBe(first.schedule.version);
  });
});
