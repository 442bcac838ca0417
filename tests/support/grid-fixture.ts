import type { App } from '../../server/app';
import { bearer, joinAs, seedEvent } from './app';

/** An event with two rooms, two session slots and a lunch break, and three proposals. */
export async function seedGrid(app: App) {
  const { event, adminToken } = await seedEvent(app);
  const admin = bearer(adminToken);
  const post = async (url: string, payload: object) =>
    (
      await app.inject({
        method: 'POST',
        url: `/api/events/${event.id}${url}`,
        headers: admin,
        payload,
      })
    ).json();
  const big = (await post('/rooms', { name: 'Aula', capacity: 50 })).room;
  const small = (await post('/rooms', { name: 'Lilla', capacity: 1 })).room;
  const { slots } = await post('/slots/batch', {
    slots: [
      { startsAt: '2026-11-27T09:00:00Z', endsAt: '2026-11-27T09:45:00Z' },
      { startsAt: '2026-11-27T10:00:00Z', endsAt: '2026-11-27T10:45:00Z' },
      { startsAt: '2026-11-27T11:00:00Z', endsAt: '2026-11-27T12:00:00Z', kind: 'break' },
    ],
  });
  const ada = await joinAs(app, event.joinCode, 'Ada');
  const bo = await joinAs(app, event.joinCode, 'Bo');
  const pitch = async (token: string, title: string, hosts?: string[]) =>
    (
      await app.inject({
        method: 'POST',
        url: `/api/events/${event.id}/proposals`,
        headers: bearer(token),
        payload: { title, ...(hosts ? { hosts } : {}) },
      })
    ).json().proposal as { id: string };
  const p1 = await pitch(ada.token, 'Local-first');
  const p2 = await pitch(ada.token, 'CRDTs in practice');
  const p3 = await pitch(bo.token, 'Solid.js');
  return {
    event,
    adminToken,
    admin,
    rooms: { big, small },
    slots: { first: slots[0], second: slots[1], lunch: slots[2] },
    people: { ada, bo },
    proposals: { p1, p2, p3 },
  };
}
