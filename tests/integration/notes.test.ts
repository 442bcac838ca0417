import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/schemas/note';
import { bearer, joinAs, nextFact, startApp, type Harness } from '../support/app';
import { seedGrid } from '../support/grid-fixture';

let h: Harness;
afterEach(async () => {
  await h.close();
});

/** The grid fixture with p1 placed, published, and a third participant without a name. */
async function setUp(opts: { listen?: boolean; publish?: boolean } = {}) {
  h = await startApp({ listen: opts.listen ?? false });
  const g = await seedGrid(h.app);
  const ev = `/api/events/${g.event.id}`;
  await h.app.inject({
    method: 'PUT',
    url: `${ev}/placements/${g.proposals.p1.id}`,
    headers: g.admin,
    payload: { roomId: g.rooms.big.id, slotId: g.slots.first.id },
  });
  if (opts.publish ?? true) {
    await h.app.inject({ method: 'PATCH', url: ev, headers: g.admin, payload: { phase: 'live' } });
  }
  const cy = await joinAs(h.app, g.event.joinCode);
  const notesUrl = `${ev}/proposals/${g.proposals.p1.id}/notes`;
  const write = (token: string | null, payload: unknown, url = notesUrl) =>
    h.app.inject({
      method: 'POST',
      url,
      headers: token ? bearer(token) : {},
      payload: payload as object,
    });
  const patch = (token: string, noteId: string, payload: object) =>
    h.app.inject({
      method: 'PATCH',
      url: `${notesUrl}/${noteId}`,
      headers: bearer(token),
      payload,
    });
  const list = async (token: string | null = null) => {
    const res = await h.app.inject({
      method: 'GET',
      url: notesUrl,
      headers: token ? bearer(token) : {},
    });
    return { status: res.statusCode, notes: (res.json().notes ?? []) as Note[] };
  };
  const version = async () =>
    (await h.app.inject({ method: 'GET', url: ev })).json().version as number;
  return { ...g, cy, notesUrl, write, patch, list, version };
}

describe('notes per session', () => {
  it('keeps both notes when two people write at once', async () => {
    const t = await setUp();
    const [a, b] = await Promise.all([
      t.write(t.people.ada.token, { text: 'Slides: https://example.org/a' }),
      t.write(t.people.bo.token, { text: 'We agreed to meet again' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    const { notes } = await t.list();
    expect(notes.map((n) => n.text).sort()).toEqual([
      'Slides: https://example.org/a',
      'We agreed to meet again',
    ]);
    expect(notes.find((n) => n.authorId === t.people.ada.participant.id)?.authorName).toBe('Ada');
  });

  it('names an author without a display name as nobody (null)', async () => {
    const t = await setUp();
    const res = await t.write(t.cy.token, { text: 'Anonymous thought' });
    expect(res.json().note).toMatchObject({ authorId: t.cy.participant.id, authorName: null });
  });

  it('lets the author edit their note and refuses anyone else', async () => {
    const t = await setUp();
    const note = (await t.write(t.people.ada.token, { text: 'Frist draft' })).json().note as Note;

    const byOther = await t.patch(t.people.bo.token, note.id, { text: 'Vandalised' });
    expect(byOther.statusCode).toBe(403);
    const byAdmin = await t.patch(t.adminToken, note.id, { text: 'Moderated words' });
    expect(byAdmin.statusCode).toBe(403);
    const hideByAuthor = await t.patch(t.people.ada.token, note.id, { hidden: true });
    expect(hideByAuthor.statusCode).toBe(403);
    expect((await t.list()).notes[0]?.text).toBe('Frist draft');

    const own = await t.patch(t.people.ada.token, note.id, { text: 'First draft' });
    expect(own.statusCode).toBe(200);
    expect((await t.list()).notes.map((n) => n.text)).toEqual(['First draft']);
  });

  it('lets a facilitator hide a note: the public no longer lists it, facilitators see it marked', async () => {
    const t = await setUp();
    const note = (await t.write(t.people.ada.token, { text: 'Off topic' })).json().note as Note;
    await t.write(t.people.bo.token, { text: 'On topic' });

    const hide = await t.patch(t.adminToken, note.id, { hidden: true });
    expect(hide.statusCode).toBe(200);
    expect(hide.json().note.hidden).toBe(true);
    expect((await t.list()).notes.map((n) => n.text)).toEqual(['On topic']);
    expect((await t.list(t.people.bo.token)).notes.map((n) => n.text)).toEqual(['On topic']);
    const forAdmin = (await t.list(t.adminToken)).notes;
    expect(forAdmin.map((n) => [n.text, n.hidden])).toEqual([
      ['Off topic', true],
      ['On topic', false],
    ]);
    // A hidden note is gone for its author too: nothing left to edit.
    expect((await t.patch(t.people.ada.token, note.id, { text: 'Back' })).statusCode).toBe(404);

    const eventWide = await h.app.inject({ method: 'GET', url: `/api/events/${t.event.id}/notes` });
    expect(eventWide.json().notes.map((n: Note) => n.text)).toEqual(['On topic']);

    await t.patch(t.adminToken, note.id, { hidden: false });
    expect((await t.list()).notes).toHaveLength(2);
  });

  it('tells every socket with the next version; the public never sees a hidden note', async () => {
    const t = await setUp({ listen: true });
    const viewer = await h.socket({ eventId: t.event.id });
    const facilitator = await h.socket({ eventId: t.event.id, token: t.adminToken });
    const before = await t.version();

    const seen = nextFact(viewer, 'note:changed');
    const res = await t.write(t.people.ada.token, { text: 'Live note' });
    const fact = await seen;
    expect(fact.version).toBe(before + 1);
    expect(fact.note).toEqual(res.json().note);

    const removed = nextFact(viewer, 'note:removed');
    const adminSees = nextFact(facilitator, 'note:changed');
    await t.patch(t.adminToken, fact.note.id, { hidden: true });
    expect(await removed).toEqual({
      proposalId: t.proposals.p1.id,
      noteId: fact.note.id,
      version: before + 2,
    });
    expect(await adminSees).toMatchObject({ note: { hidden: true }, version: before + 2 });
  });

  it('refuses bad input with a 4xx and changes nothing', async () => {
    const t = await setUp();
    const before = await t.version();
    const ev = `/api/events/${t.event.id}`;
    const cases: [string | null, unknown, number, string?][] = [
      [t.people.ada.token, { text: '' }, 400],
      [t.people.ada.token, { text: '   \n ' }, 400],
      [t.people.ada.token, { text: 'x'.repeat(2001) }, 400],
      [t.people.ada.token, { text: 'ok', extra: 1 }, 400],
      [t.people.ada.token, { text: 42 }, 400],
      [t.people.ada.token, { text: 'bidi \u202e trick' }, 400],
      [null, { text: 'no token' }, 401],
      [t.people.ada.token, { text: 'unplaced' }, 404, `${ev}/proposals/${t.proposals.p2.id}/notes`],
      [t.people.ada.token, { text: 'nowhere' }, 404, `${ev}/proposals/nope/notes`],
    ];
    for (const [token, payload, status, url] of cases) {
      const res = await t.write(token, payload, url);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
    }
    expect((await t.patch(t.people.ada.token, 'nope', { text: 'x' })).statusCode).toBe(404);
    expect((await t.list(t.adminToken)).notes).toEqual([]);
    expect(await t.version()).toBe(before);
  });

  it('is closed to the public and to participants before the agenda is published', async () => {
    const t = await setUp({ publish: false });
    expect((await t.list()).status).toBe(401);
    const eventWide = await h.app.inject({ method: 'GET', url: `/api/events/${t.event.id}/notes` });
    expect(eventWide.statusCode).toBe(401);
    const write = await t.write(t.people.ada.token, { text: 'Too early' });
    expect(write.statusCode).toBe(409);
    expect(write.json().code).toBe('phase_closed');
    // Facilitators may always act, and read what they wrote.
    expect((await t.write(t.adminToken, { text: 'Room has a projector' })).statusCode).toBe(201);
    expect((await t.list(t.adminToken)).notes.map((n) => n.authorId)).toEqual([null]);
  });
});
