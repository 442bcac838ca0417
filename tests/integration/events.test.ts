import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isJoinCode } from '../../shared/join-code';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
beforeEach(async () => {
  h = await startApp();
});
afterEach(async () => {
  await h.close();
});

describe('events', () => {
  it('answers the health check', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('answers the health check with 503 and says why when the database does not answer', async () => {
    const health = () => h.app.inject({ method: 'GET', url: '/api/health' });
    expect((await health()).statusCode).toBe(200);
    h.db.$client.close();
    const res = await health();
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      statusCode: 503,
      code: 'unavailable',
      message: 'The database does not answer',
    });
  });

  it('creates an event with defaults, an admin token and an unambiguous join code', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/events',
      payload: { name: 'Knytkonferens' },
    });
    expect(res.statusCode).toBe(201);
    const { event, adminToken } = res.json();
    expect(event).toMatchObject({
      name: 'Knytkonferens',
      dotsPerParticipant: 5,
      maxDotsPerProposal: 3,
      phase: 'proposing',
      blindVoting: false,
      timezone: 'Europe/Stockholm',
    });
    expect(isJoinCode(event.joinCode)).toBe(true);
    // 24 random bytes, base64url: 192 bits.
    expect(adminToken).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(JSON.stringify(event)).not.toContain(adminToken);
  });

  it('stores the admin token only as a hash', async () => {
    const { adminToken } = await seedEvent(h.app);
    const rows = h.db.$client.prepare('select * from events').all();
    expect(JSON.stringify(rows)).not.toContain(adminToken);
  });

  it('gives a public snapshot without secrets, and the caller’s own view with a token', async () => {
    const { event, adminToken } = await seedEvent(h.app, { dotsPerParticipant: 7 });
    const anonymous = await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` });
    expect(anonymous.statusCode).toBe(200);
    const snap = anonymous.json();
    expect(Object.keys(snap).sort()).toEqual(
      ['event', 'placements', 'proposals', 'rooms', 'slots', 'version'].sort(),
    );
    expect(JSON.stringify(snap)).not.toMatch(/token/i);

    const admin = await h.app.inject({
      method: 'GET',
      url: `/api/events/${event.id}`,
      headers: bearer(adminToken),
    });
    expect(admin.json().me).toEqual({ role: 'admin' });

    const p = await joinAs(h.app, event.joinCode, 'Ada');
    const mine = await h.app.inject({
      method: 'GET',
      url: `/api/events/${event.id}`,
      headers: bearer(p.token),
    });
    expect(mine.json().me).toEqual({
      role: 'participant',
      participant: { id: p.participant.id, name: 'Ada' },
      votes: {},
      remaining: 7,
      starred: [],
      // No feed to subscribe to before the agenda is out.
      calendarUrl: null,
    });
  });

  it('lets only the admin change settings, and grows the version', async () => {
    const { event, adminToken } = await seedEvent(h.app);
    const before = (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json();
    const p = await joinAs(h.app, event.joinCode);

    const none = await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      payload: { phase: 'voting' },
    });
    expect(none.statusCode).toBe(401);
    const participant = await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      headers: bearer(p.token),
      payload: { phase: 'voting' },
    });
    expect(participant.statusCode).toBe(403);

    const res = await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      headers: bearer(adminToken),
      payload: { phase: 'voting', blindVoting: true, name: 'Renamed', timezone: 'UTC' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().event).toMatchObject({
      phase: 'voting',
      blindVoting: true,
      name: 'Renamed',
      timezone: 'UTC',
    });
    const after = (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json();
    expect(after.version).toBeGreaterThan(before.version);
  });

  it('changes the phase only while ifPhase still holds, so an undo never overwrites', async () => {
    const { event, adminToken } = await seedEvent(h.app);
    const patch = (payload: object) =>
      h.app.inject({
        method: 'PATCH',
        url: `/api/events/${event.id}`,
        headers: bearer(adminToken),
        payload,
      });
    const version = async () =>
      (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json().version;

    const live = await patch({ phase: 'live', ifPhase: 'proposing' });
    expect(live.statusCode).toBe(200);
    expect(live.json().event.phase).toBe('live');

    // Another facilitator closed the event meanwhile: the undo back to proposing is refused.
    await patch({ phase: 'closed' });
    const before = await version();
    const undo = await patch({ phase: 'proposing', ifPhase: 'live' });
    expect(undo.statusCode).toBe(409);
    expect(undo.json().code).toBe('phase_changed');
    expect(await version()).toBe(before);
    const snapshot = (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json();
    expect(snapshot.event.phase).toBe('closed');
  });

  it('refuses another event’s token with 403 and an unknown token with 401', async () => {
    const a = await seedEvent(h.app);
    const b = await seedEvent(h.app);
    const pb = await joinAs(h.app, b.event.joinCode);
    for (const token of [b.adminToken, pb.token]) {
      const res = await h.app.inject({
        method: 'PATCH',
        url: `/api/events/${a.event.id}`,
        headers: bearer(token),
        payload: { name: 'Hijacked' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    const unknown = await h.app.inject({
      method: 'GET',
      url: `/api/events/${a.event.id}`,
      headers: bearer('not-a-real-token'),
    });
    expect(unknown.statusCode).toBe(401);
    const still = (await h.app.inject({ method: 'GET', url: `/api/events/${a.event.id}` })).json();
    expect(still.event.name).toBe('Knytkonferens 2026');
  });

  it('looks up an event by join code, forgiving case and spaces', async () => {
    const { event } = await seedEvent(h.app, { name: 'Barcamp', language: 'en' });
    const code = event.joinCode.toLowerCase();
    const res = await h.app.inject({
      method: 'GET',
      url: `/api/codes/${code.slice(0, 3)}%20${code.slice(3)}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ eventId: event.id, name: 'Barcamp', language: 'en' });
  });
});
