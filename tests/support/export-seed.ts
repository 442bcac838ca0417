import { afterEach, beforeEach } from 'vitest';
import type { App } from '../../server/app';
import type { EventExport } from '../../shared/schemas/event-export';
import { bearer, seedEvent, startApp, type Harness } from './app';
import { seedGrid } from './grid-fixture';

/**
 * The grid fixture grown into a day that exercises every export: a session placed and pinned,
 * one placed beside it, one left over, a hidden one, a duplicate merged away, dots from two
 * people, Swedish text and a title a spreadsheet would run as a formula.
 */
export async function seedExportEvent(app: App) {
  const g = await seedGrid(app);
  const ev = `/api/events/${g.event.id}`;
  const call = async (
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    token: string,
    payload: object,
  ) => {
    const res = await app.inject({ method, url: `${ev}${url}`, headers: bearer(token), payload });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.body}`);
    return res.json();
  };
  const { p1, p2, p3 } = g.proposals;
  await call('PATCH', `/proposals/${p1.id}`, g.adminToken, {
    title: 'Öppna data, "på riktigt"',
    description: 'Kommunernas data:\nvad händer, när, och varför?',
    hosts: ['Åsa Öberg', 'Ada'],
  });
  await call('PATCH', `/proposals/${p3.id}`, g.adminToken, { title: '=HYPERLINK("x")' });
  const hidden = (await call('POST', '/proposals', g.adminToken, { title: 'Dold' })).proposal;
  await call('PATCH', `/proposals/${hidden.id}`, g.adminToken, { hidden: true });
  const duplicate = (await call('POST', '/proposals', g.people.bo.token, { title: 'Öppen data' }))
    .proposal;
  for (const [token, id, dots] of [
    [g.people.ada.token, p1.id, 2],
    [g.people.bo.token, p1.id, 1],
    [g.people.bo.token, duplicate.id, 2],
    [g.people.ada.token, p3.id, 1],
  ] as const) {
    await call('PUT', `/proposals/${id}/vote`, token, { dots });
  }
  await call('POST', `/proposals/${duplicate.id}/merge`, g.adminToken, { intoId: p1.id });
  await call('PUT', `/placements/${p1.id}`, g.adminToken, {
    roomId: g.rooms.big.id,
    slotId: g.slots.first.id,
    pinned: true,
  });
  await call('PUT', `/placements/${p2.id}`, g.adminToken, {
    roomId: g.rooms.small.id,
    slotId: g.slots.first.id,
  });
  const other = await seedEvent(app, { name: 'Another event' });
  return { ...g, hidden, duplicate, other, ev };
}

/**
 * A fresh app and seeded event for every test of a file, and the calls those tests make:
 * `t.h` is the app, `t.s` the seeded event.
 */
export function exportHarness() {
  const t = {
    h: undefined as unknown as Harness,
    s: undefined as unknown as Awaited<ReturnType<typeof seedExportEvent>>,
    get: (url: string, token?: string) =>
      t.h.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} }),
    exportOf: async (eventId: string, token: string) =>
      (await t.get(`/api/events/${eventId}/export.json`, token)).json() as EventExport,
    patchEvent: (payload: object) =>
      t.h.app.inject({ method: 'PATCH', url: t.s.ev, headers: bearer(t.s.adminToken), payload }),
    /** A participant stars a session (the agenda must be out); fails the test if refused. */
    star: async (token: string, proposalId: string) => {
      const res = await t.h.app.inject({
        method: 'PUT',
        url: `${t.s.ev}/proposals/${proposalId}/star`,
        headers: bearer(token),
        payload: { starred: true },
      });
      if (res.statusCode !== 200) throw new Error(`star refused: ${res.body}`);
    },
    /** The facilitator moves a session on the grid; fails the test if the server refuses. */
    place: async (proposalId: string, roomId: string, slotId: string) => {
      const res = await t.h.app.inject({
        method: 'PUT',
        url: `${t.s.ev}/placements/${proposalId}`,
        headers: bearer(t.s.adminToken),
        payload: { roomId, slotId },
      });
      if (res.statusCode !== 200) throw new Error(`placement refused: ${res.body}`);
    },
  };
  beforeEach(async () => {
    t.h = await startApp();
    t.s = await seedExportEvent(t.h.app);
  });
  afterEach(async () => {
    await t.h?.close();
  });
  return t;
}
