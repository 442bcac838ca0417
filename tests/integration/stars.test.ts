// Stars: a participant's plan to attend, after the agenda is out; the server keeps it, tells
// the participant's other devices and the facilitators' counts, and leaves votes alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { bearer, nextFact, recordFrames, startApp, type Harness } from '../support/app';
import { seedGrid } from '../support/grid-fixture';

let h: Harness;
let g: Awaited<ReturnType<typeof seedGrid>>;

beforeEach(async () => {
  h = await startApp({ listen: true });
  g = await seedGrid(h.app);
});
afterEach(async () => {
  await h?.close();
});

const ev = () => `/api/events/${g.event.id}`;
const star = (token: string, proposalId: string, payload: unknown) =>
  h.app.inject({
    method: 'PUT',
    url: `${ev()}/proposals/${proposalId}/star`,
    headers: bearer(token),
    payload: payload as object,
  });
const snapshot = async (token: string) =>
  (await h.app.inject({ method: 'GET', url: ev(), headers: bearer(token) })).json() as Snapshot;
const setPhase = (phase: string) =>
  h.app.inject({ method: 'PATCH', url: ev(), headers: g.admin, payload: { phase } });

describe('PUT …/proposals/:proposalId/star', () => {
  it('is refused until the agenda is published, and changes nothing', async () => {
    for (const phase of ['proposing', 'voting', 'scheduling']) {
      await setPhase(phase);
      const res = await star(g.people.ada.token, g.proposals.p1.id, { starred: true });
      expect(res.statusCode, phase).toBe(409);
      expect(res.json()).toMatchObject({ code: 'phase_closed' });
    }
    await setPhase('live');
    const me = (await snapshot(g.people.ada.token)).me;
    expect(me).toMatchObject({ role: 'participant', starred: [] });
  });

  it('stars and unstars, idempotently, in the snapshot and without touching votes or versions', async () => {
    await setPhase('live');
    const before = await snapshot(g.people.ada.token);
    const { p1, p3 } = g.proposals;
    for (let i = 0; i < 2; i++) {
      const res = await star(g.people.ada.token, p1.id, { starred: true });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ starred: true });
    }
    expect((await star(g.people.ada.token, p3.id, { starred: true })).statusCode).toBe(200);
    const after = await snapshot(g.people.ada.token);
    expect(after.version).toBe(before.version);
    expect(after.proposals).toEqual(before.proposals);
    expect(after.me?.role === 'participant' && [...after.me.starred].sort()).toEqual(
      [p1.id, p3.id].sort(),
    );
    // Bo's stars are his own.
    expect((await snapshot(g.people.bo.token)).me).toMatchObject({ starred: [] });
    expect((await snapshot(g.adminToken)).admin?.stars).toEqual({ [p1.id]: 1, [p3.id]: 1 });

    for (let i = 0; i < 2; i++) {
      const res = await star(g.people.ada.token, p1.id, { starred: false });
      expect(res.json()).toEqual({ starred: false });
    }
    expect((await snapshot(g.people.ada.token)).me).toMatchObject({ starred: [p3.id] });
    await setPhase('closed');
    expect((await star(g.people.ada.token, p1.id, { starred: true })).statusCode).toBe(200);
  });

  it('refuses bad input clearly and changes nothing', async () => {
    await setPhase('live');
    const p1 = g.proposals.p1.id;
    for (const body of [
      {},
      { starred: 'yes' },
      { starred: 1 },
      { starred: true, extra: 1 },
      null,
    ]) {
      const res = await star(g.people.ada.token, p1, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'bad_request' });
    }
    expect((await star(g.people.ada.token, 'no-such-proposal', { starred: true })).statusCode).toBe(
      404,
    );
    const noToken = await h.app.inject({
      method: 'PUT',
      url: `${ev()}/proposals/${p1}/star`,
      payload: { starred: true },
    });
    expect(noToken.statusCode).toBe(401);
    expect((await star(g.adminToken, p1, { starred: true })).statusCode).toBe(403);
    expect((await snapshot(g.adminToken)).admin?.stars).toEqual({});
    expect((await snapshot(g.people.ada.token)).me).toMatchObject({ starred: [] });
  });

  it('tells the facilitators the count and the participant’s other devices the star', async () => {
    await setPhase('live');
    const auth = (token: string) => ({ eventId: g.event.id, token });
    const facilitator = await h.socket(auth(g.adminToken));
    const otherTab = await h.socket(auth(g.people.ada.token));
    const bystander = recordFrames(await h.socket(auth(g.people.bo.token)));
    const p1 = g.proposals.p1.id;

    const count = nextFact(facilitator, 'stars:changed');
    const mine = nextFact(otherTab, 'star:changed');
    await star(g.people.ada.token, p1, { starred: true });
    expect(await count).toEqual({ proposalId: p1, stars: 1 });
    expect(await mine).toEqual({ proposalId: p1, starred: true });

    const second = nextFact(facilitator, 'stars:changed');
    await star(g.people.bo.token, p1, { starred: true });
    expect(await second).toEqual({ proposalId: p1, stars: 2 });
    const fewer = nextFact(facilitator, 'stars:changed');
    await star(g.people.ada.token, p1, { starred: false });
    expect(await fewer).toEqual({ proposalId: p1, stars: 1 });

    // Bo's own star reached him; nothing of Ada's, and no count, reached his socket.
    await new Promise((r) => setTimeout(r, 150));
    const names = bystander.facts().map(([name, payload]) => [name, payload]);
    expect(names).toEqual([['star:changed', { proposalId: p1, starred: true }]]);
  });

  it('warns the facilitators when more people starred a session than its room seats', async () => {
    const { p1 } = g.proposals;
    const placed = await h.app.inject({
      method: 'PUT',
      url: `${ev()}/placements/${p1.id}`,
      headers: g.admin,
      payload: { roomId: g.rooms.small.id, slotId: g.slots.first.id },
    });
    expect(placed.statusCode).toBe(200);
    await setPhase('live');
    const conflicts = async () =>
      (await h.app.inject({ method: 'GET', url: `${ev()}/conflicts`, headers: g.admin })).json()
        .warnings as { kind: string }[];
    await star(g.people.ada.token, p1.id, { starred: true });
    // One star in one seat: full, not over.
    expect((await conflicts()).filter((w) => w.kind === 'stars_over_capacity')).toEqual([]);
    await star(g.people.bo.token, p1.id, { starred: true });
    expect((await conflicts()).filter((w) => w.kind === 'stars_over_capacity')).toEqual([
      {
        kind: 'stars_over_capacity',
        slotId: g.slots.first.id,
        roomId: g.rooms.small.id,
        proposalIds: [p1.id],
        stars: 2,
        capacity: 1,
      },
    ]);
  });
});
