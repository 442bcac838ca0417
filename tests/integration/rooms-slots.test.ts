import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
let eventId: string;
let admin: ReturnType<typeof bearer>;
beforeEach(async () => {
  h = await startApp();
  const seeded = await seedEvent(h.app);
  eventId = seeded.event.id;
  admin = bearer(seeded.adminToken);
});
afterEach(async () => {
  await h.close();
});

const snapshot = async () =>
  (await h.app.inject({ method: 'GET', url: `/api/events/${eventId}` })).json();

describe('rooms', () => {
  it('adds, edits and deletes rooms, in order', async () => {
    const add = (name: string, capacity: number) =>
      h.app.inject({
        method: 'POST',
        url: `/api/events/${eventId}/rooms`,
        headers: admin,
        payload: { name, capacity, notes: 'projector' },
      });
    const aula = await add('Aula', 120);
    expect(aula.statusCode).toBe(201);
    expect(aula.json().room).toMatchObject({
      name: 'Aula',
      capacity: 120,
      notes: 'projector',
      position: 0,
    });
    const small = (await add('Lilla rummet', 12)).json().room;
    expect(small.position).toBe(1);

    const patched = await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${eventId}/rooms/${small.id}`,
      headers: admin,
      payload: { capacity: 14, notes: 'accessible' },
    });
    expect(patched.json().room).toMatchObject({
      name: 'Lilla rummet',
      capacity: 14,
      notes: 'accessible',
    });

    const del = await h.app.inject({
      method: 'DELETE',
      url: `/api/events/${eventId}/rooms/${aula.json().room.id}`,
      headers: admin,
    });
    expect(del.statusCode).toBe(204);
    expect((await snapshot()).rooms.map((r: { name: string }) => r.name)).toEqual(['Lilla rummet']);
  });

  it('is admin-only', async () => {
    const { event } = (await h.app.inject({ method: 'GET', url: `/api/events/${eventId}` })).json();
    const p = await joinAs(h.app, event.joinCode);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/events/${eventId}/rooms`,
      headers: bearer(p.token),
      payload: { name: 'Mine', capacity: 3 },
    });
    expect(res.statusCode).toBe(403);
    expect((await snapshot()).rooms).toEqual([]);
  });
});

describe('slots', () => {
  it('adds slots of every kind, sorted by start, and edits and deletes them', async () => {
    const add = (startsAt: string, endsAt: string, kind?: string) =>
      h.app.inject({
        method: 'POST',
        url: `/api/events/${eventId}/slots`,
        headers: admin,
        payload: { startsAt, endsAt, ...(kind ? { kind } : {}) },
      });
    const late = await add('2026-11-27T13:00:00+01:00', '2026-11-27T13:45:00+01:00');
    expect(late.statusCode).toBe(201);
    expect(late.json().slot).toMatchObject({
      startsAt: '2026-11-27T12:00:00.000Z',
      endsAt: '2026-11-27T12:45:00.000Z',
      kind: 'session',
    });
    await add('2026-11-27T08:00:00Z', '2026-11-27T08:30:00Z', 'plenary');
    const lunch = (await add('2026-11-27T11:00:00Z', '2026-11-27T12:00:00Z', 'break')).json().slot;
    expect((await snapshot()).slots.map((s: { kind: string }) => s.kind)).toEqual([
      'plenary',
      'break',
      'session',
    ]);

    const patched = await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${eventId}/slots/${lunch.id}`,
      headers: admin,
      payload: { label: 'Lunch', endsAt: '2026-11-27T11:45:00Z' },
    });
    expect(patched.json().slot).toMatchObject({
      label: 'Lunch',
      endsAt: '2026-11-27T11:45:00.000Z',
    });
    const backwards = await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${eventId}/slots/${lunch.id}`,
      headers: admin,
      payload: { endsAt: '2026-11-27T10:00:00Z' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().code).toBe('invalid_time_range');

    const del = await h.app.inject({
      method: 'DELETE',
      url: `/api/events/${eventId}/slots/${lunch.id}`,
      headers: admin,
    });
    expect(del.statusCode).toBe(204);
    expect((await snapshot()).slots).toHaveLength(2);
  });

  it('adds a generated day in one batch, all or nothing', async () => {
    const ok = await h.app.inject({
      method: 'POST',
      url: `/api/events/${eventId}/slots/batch`,
      headers: admin,
      payload: {
        slots: [
          { startsAt: '2026-11-27T08:30:00Z', endsAt: '2026-11-27T09:15:00Z' },
          {
            startsAt: '2026-11-27T11:00:00Z',
            endsAt: '2026-11-27T12:00:00Z',
            kind: 'break',
            label: 'Lunch',
          },
        ],
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().slots).toHaveLength(2);
    const version = (await snapshot()).version;

    const bad = await h.app.inject({
      method: 'POST',
      url: `/api/events/${eventId}/slots/batch`,
      headers: admin,
      payload: {
        slots: [
          { startsAt: '2026-11-27T13:00:00Z', endsAt: '2026-11-27T13:45:00Z' },
          { startsAt: '2026-11-27T15:00:00Z', endsAt: '2026-11-27T14:00:00Z' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    const after = await snapshot();
    expect(after.slots).toHaveLength(2);
    expect(after.version).toBe(version);
  });
});
