// A participant's own calendar feed: its URL from the snapshot, read by a real iCalendar
// parser, holding what they starred or host, following a move, and granting nothing else.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { bearer } from '../support/app';
import { exportHarness } from '../support/export-seed';
import { readCalendar } from '../support/ics-reader';

const t = exportHarness();

async function calendarUrlOf(token: string): Promise<string> {
  const me = ((await t.get(t.s.ev, token)).json() as Snapshot).me;
  if (me?.role !== 'participant' || !me.calendarUrl) throw new Error('no calendar URL');
  return me.calendarUrl;
}

/** The feed at a URL from the snapshot, asked without any token, as a calendar app asks. */
async function readFeed(url: string) {
  const res = await t.get(new URL(url).pathname);
  expect(res.statusCode).toBe(200);
  const entries = readCalendar(res.body);
  return { res, entries, summaries: entries.map((e) => e.summary) };
}

const star = (token: string, proposalId: string) =>
  t.h.app.inject({
    method: 'PUT',
    url: `${t.s.ev}/proposals/${proposalId}/star`,
    headers: bearer(token),
    payload: { starred: true },
  });

describe('GET …/calendars/:feedToken.ics', () => {
  it('holds my starred and hosted sessions only, in the event’s time zone, Swedish intact', async () => {
    await t.patchEvent({ phase: 'live' });
    const bo = t.s.people.bo;
    const url = await calendarUrlOf(bo.token);
    expect(url).toMatch(/^http:\/\/localhost:80\/api\/events\/[\w-]+\/calendars\/[\w-]{32}\.ics$/);
    expect(url).not.toContain(bo.token);
    // The same URL on every snapshot: a subscription keeps working.
    expect(await calendarUrlOf(bo.token)).toBe(url);

    // Bo hosts the unplaced Solid.js session only: nothing placed yet.
    expect((await readFeed(url)).entries).toEqual([]);
    expect((await star(bo.token, t.s.proposals.p1.id)).statusCode).toBe(200);
    const { res, entries } = await readFeed(url);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).toContain('X-WR-CALNAME:Knytkonferens 2026 · Min dag\r\n');
    expect(entries).toEqual([
      expect.objectContaining({
        summary: 'Öppna data, "på riktigt"',
        location: 'Aula',
        tzid: 'Europe/Stockholm',
        start: '2026-11-27T09:00:00.000Z',
      }),
    ]);
    // The whole event's feed knows the session by the same UID.
    const whole = readCalendar((await t.get(`${t.s.ev}/calendar.ics`)).body);
    expect(whole.find((e) => e.summary === entries[0]!.summary)?.uid).toBe(entries[0]!.uid);

    // Ada hosts both placed sessions: both are in her feed without a star.
    const ada = await readFeed(await calendarUrlOf(t.s.people.ada.token));
    expect(ada.summaries).toEqual(['Öppna data, "på riktigt"', 'CRDTs in practice']);
  });

  it('follows a move: new time and room, same UID, higher SEQUENCE', async () => {
    await t.patchEvent({ phase: 'live' });
    const url = await calendarUrlOf(t.s.people.ada.token);
    const before = (await readFeed(url)).entries.find((e) => e.summary === 'CRDTs in practice')!;
    t.h.clock.advance(10 * 60_000);
    await t.place(t.s.proposals.p2.id, t.s.rooms.big.id, t.s.slots.second.id);
    const after = (await readFeed(url)).entries.find((e) => e.uid === before.uid)!;
    expect(after).toMatchObject({ location: 'Aula', start: '2026-11-27T10:00:00.000Z' });
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it('is named once the agenda is out, empty when it is taken back, and 404 for a token nobody has', async () => {
    // Before the agenda is out the snapshot names no feed: nothing to subscribe to yet.
    const early = ((await t.get(t.s.ev, t.s.people.ada.token)).json() as Snapshot).me;
    expect(early).toMatchObject({ role: 'participant', calendarUrl: null });
    await t.patchEvent({ phase: 'live' });
    const url = await calendarUrlOf(t.s.people.ada.token);
    // Back to voting: the subscription keeps working and shows no agenda.
    await t.patchEvent({ phase: 'voting' });
    expect((await readFeed(url)).entries).toEqual([]);
    const path = new URL(url).pathname;
    const unknown = await t.get(path.replace(/[\w-]{32}\.ics$/, `${'A'.repeat(32)}.ics`));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'not_found' });
    // A feed token works for its own event only.
    const elsewhere = await t.get(path.replace(t.s.event.id, t.s.other.event.id));
    expect(elsewhere.statusCode).toBe(404);
    // Nor is the feed token a participant's token.
    const token = path.match(/([\w-]{32})\.ics$/)![1]!;
    expect((await t.get(t.s.ev, token)).statusCode).toBe(401);
    expect((await t.get(path.replace(/\.ics$/, '!.ics'))).statusCode).toBe(400);
  });
});

describe('POST …/calendars/renew', () => {
  const renew = (token?: string, eventPath = t.s.ev) =>
    t.h.app.inject({
      method: 'POST',
      url: `${eventPath}/calendars/renew`,
      headers: token ? bearer(token) : {},
    });

  it('gives a new URL that works, ends the old one, and leaves everyone else’s alone', async () => {
    await t.patchEvent({ phase: 'live' });
    const { ada, bo } = t.s.people;
    const old = await calendarUrlOf(ada.token);
    const bos = await calendarUrlOf(bo.token);
    expect((await star(ada.token, t.s.proposals.p3.id)).statusCode).toBe(200);

    const res = await renew(ada.token);
    expect(res.statusCode).toBe(200);
    const fresh = res.json().calendarUrl as string;
    expect(fresh).toMatch(/\/calendars\/[\w-]{32}\.ics$/);
    expect(fresh).not.toBe(old);
    // The snapshot names the new one from now on, and the new one holds the same sessions.
    expect(await calendarUrlOf(ada.token)).toBe(fresh);
    expect((await readFeed(fresh)).summaries).toEqual([
      'Öppna data, "på riktigt"',
      'CRDTs in practice',
    ]);
    const gone = await t.get(new URL(old).pathname);
    expect(gone.statusCode).toBe(404);
    // Her token, dots and stars are untouched; Bo's feed still works.
    const me = ((await t.get(t.s.ev, ada.token)).json() as Snapshot).me;
    expect(me).toMatchObject({ role: 'participant', starred: [t.s.proposals.p3.id] });
    expect((await readFeed(bos)).res.statusCode).toBe(200);

    // Again: each new URL ends the one before.
    const third = (await renew(ada.token)).json().calendarUrl as string;
    expect(third).not.toBe(fresh);
    expect((await t.get(new URL(fresh).pathname)).statusCode).toBe(404);
    expect((await readFeed(third)).res.statusCode).toBe(200);
  });

  it('is for participants, once the agenda is out, and changes nothing when refused', async () => {
    const early = await renew(t.s.people.ada.token);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'phase_closed' });
    await t.patchEvent({ phase: 'live' });
    const url = await calendarUrlOf(t.s.people.ada.token);
    expect((await renew()).statusCode).toBe(401);
    expect((await renew('not-a-token')).statusCode).toBe(401);
    expect((await renew(t.s.adminToken)).statusCode).toBe(403);
    // Her token is for her event only.
    expect(
      (await renew(t.s.people.ada.token, `/api/events/${t.s.other.event.id}`)).statusCode,
    ).toBe(403);
    expect((await renew(t.s.people.ada.token, '/api/events/!')).statusCode).toBe(400);
    expect(await calendarUrlOf(t.s.people.ada.token)).toBe(url);
    expect((await readFeed(url)).res.statusCode).toBe(200);
  });
});
