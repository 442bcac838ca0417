// A new admin link: the old one opens nothing from then on, over HTTP or a socket, and the
// facilitators' open sockets are closed; nobody else may ask for one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
beforeEach(async () => {
  h = await startApp({ listen: true });
});
afterEach(async () => {
  await h.close();
});

const renew = (eventId: string, token?: string) =>
  h.app.inject({
    method: 'POST',
    url: `/api/events/${eventId}/admin-link/renew`,
    headers: token ? bearer(token) : {},
  });
const snapshotAs = (eventId: string, token: string) =>
  h.app.inject({ method: 'GET', url: `/api/events/${eventId}`, headers: bearer(token) });

describe('POST …/admin-link/renew', () => {
  it('gives a new admin token; the old one opens nothing, and open facilitator sockets close', async () => {
    const { event, adminToken: old } = await seedEvent(h.app);
    const phone = await joinAs(h.app, event.joinCode, 'Ada');
    // Used before, so the server remembers whose it is: that must not outlive the renewal.
    expect((await snapshotAs(event.id, old)).json().me).toEqual({ role: 'admin' });
    const desk = await h.socket({ eventId: event.id, token: old });
    const participant = await h.socket({ eventId: event.id, token: phone.token });
    const closed = new Promise<string>((resolve) => desk.once('disconnect', resolve));

    const res = await renew(event.id, old);
    expect(res.statusCode).toBe(200);
    const { adminToken } = res.json() as { adminToken: string };
    expect(adminToken).toMatch(/^[\w-]{20,}$/);
    expect(adminToken).not.toBe(old);

    await expect(closed).resolves.toBe('io server disconnect');
    expect(participant.connected).toBe(true);
    await expect(h.socket({ eventId: event.id, token: old })).rejects.toThrow('unauthorized');
    const again = await h.socket({ eventId: event.id, token: adminToken });
    expect(again.connected).toBe(true);

    expect((await snapshotAs(event.id, old)).statusCode).toBe(401);
    const patched = await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      headers: bearer(old),
      payload: { name: 'Taken over' },
    });
    expect(patched.statusCode).toBe(401);
    const now = await snapshotAs(event.id, adminToken);
    expect(now.json()).toMatchObject({
      me: { role: 'admin' },
      event: { name: 'Knytkonferens 2026' },
    });
    // The participant's key is untouched.
    expect((await snapshotAs(event.id, phone.token)).json().me.role).toBe('participant');
  });

  it('is for this event’s facilitators only, and a refusal changes nothing', async () => {
    const { event, adminToken } = await seedEvent(h.app);
    const other = await seedEvent(h.app, { name: 'Another' });
    const phone = await joinAs(h.app, event.joinCode);
    const desk = await h.socket({ eventId: event.id, token: adminToken });
    const refusals = [
      [await renew(event.id), 401],
      [await renew(event.id, 'not-a-token'), 401],
      [await renew(event.id, phone.token), 403],
      [await renew(event.id, other.adminToken), 403],
      [await renew('!', adminToken), 400],
      [await renew('nosuchevent00000', adminToken), 404],
    ] as const;
    for (const [res, status] of refusals) expect(res.statusCode, res.body).toBe(status);
    expect((await snapshotAs(event.id, adminToken)).json().me).toEqual({ role: 'admin' });
    expect((await snapshotAs(other.event.id, other.adminToken)).json().me).toEqual({
      role: 'admin',
    });
    expect(desk.connected).toBe(true);
  });
});
