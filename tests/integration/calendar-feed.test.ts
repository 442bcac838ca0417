// The whole event's calendar feed, read by a real iCalendar parser, before and after a move.
import { describe, expect, it } from 'vitest';
import { bearer } from '../support/app';
import { exportHarness } from '../support/export-seed';
import { readCalendar } from '../support/ics-reader';

const t = exportHarness();

/** The feed, read as a calendar app reads it. */
async function readFeed(token?: string) {
  const res = await t.get(`${t.s.ev}/calendar.ics`, token);
  expect(res.statusCode).toBe(200);
  const entries = readCalendar(res.body);
  return { res, entries, bySummary: new Map(entries.map((e) => [e.summary, e])) };
}

describe('GET calendar.ics', () => {
  it('is the published agenda in the event’s time zone, Swedish text intact', async () => {
    await t.patchEvent({ phase: 'live' });
    const { res, entries, bySummary } = await readFeed();
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('inline; filename="knytkonferens-2026.ics"');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(res.body).toContain('X-WR-CALNAME:Knytkonferens 2026\r\n');
    // The placed, shown sessions; the leftover, the hidden one and the lunch break are not.
    expect(entries.map((e) => e.summary)).toEqual([
      'Öppna data, "på riktigt"',
      'CRDTs in practice',
    ]);
    expect(bySummary.get('Öppna data, "på riktigt"')).toMatchObject({
      location: 'Aula',
      description: 'Värd: Åsa Öberg, Ada, Bo\n\nKommunernas data:\nvad händer, när, och varför?',
      tzid: 'Europe/Stockholm',
      // 10:00–10:45 in Stockholm in November.
      start: '2026-11-27T09:00:00.000Z',
      end: '2026-11-27T09:45:00.000Z',
    });
    expect(res.body).toContain('DTSTART;TZID=Europe/Stockholm:20261127T100000\r\n');
    expect(bySummary.get('CRDTs in practice')).toMatchObject({ location: 'Lilla' });
    expect(res.body).toContain(`URL:http://localhost:80/e/${t.s.event.id}\r\n`);
  });

  it('follows a move made on the grid: new time and room, same UID, higher SEQUENCE', async () => {
    await t.patchEvent({ phase: 'live' });
    const before = (await readFeed()).bySummary.get('CRDTs in practice')!;
    t.h.clock.advance(10 * 60_000);
    await t.place(t.s.proposals.p2.id, t.s.rooms.big.id, t.s.slots.second.id);
    const after = await readFeed();
    const now = after.entries.find((e) => e.uid === before.uid)!;
    expect(now).toMatchObject({
      summary: 'CRDTs in practice',
      location: 'Aula',
      start: '2026-11-27T10:00:00.000Z',
      end: '2026-11-27T10:45:00.000Z',
    });
    expect(now.sequence).toBeGreaterThan(before.sequence);
    expect(now.lastModified).toBe('2026-11-27T08:10:00Z');
    expect(now.lastModified! > before.lastModified!).toBe(true);
    // The session that stayed put is unchanged.
    const still = after.bySummary.get('Öppna data, "på riktigt"')!;
    expect(still.sequence).toBe(0);
  });

  it('leaves a session out once it is hidden', async () => {
    await t.patchEvent({ phase: 'live' });
    await t.h.app.inject({
      method: 'PATCH',
      url: `${t.s.ev}/proposals/${t.s.proposals.p2.id}`,
      headers: bearer(t.s.adminToken),
      payload: { hidden: true },
    });
    expect((await readFeed()).entries.map((e) => e.summary)).toEqual(['Öppna data, "på riktigt"']);
  });

  it('answers as frab does before the agenda is live, and clearly for unknown or bad ids', async () => {
    const url = `${t.s.ev}/calendar.ics`;
    expect((await t.get(url)).statusCode).toBe(401);
    expect((await t.get(url, t.s.people.ada.token)).statusCode).toBe(403);
    expect((await t.get(url, t.s.other.adminToken)).statusCode).toBe(403);
    await readFeed(t.s.adminToken);
    for (const phase of ['live', 'closed']) {
      await t.patchEvent({ phase });
      expect((await t.get(url)).statusCode).toBe(200);
    }
    const unknown = await t.get('/api/events/no-such-event/calendar.ics');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'not_found' });
    for (const bad of ['bad%20id', 'x'.repeat(65), '%C3%A5']) {
      const res = await t.get(`/api/events/${bad}/calendar.ics`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json()).toMatchObject({ code: 'bad_request' });
    }
  });
});
