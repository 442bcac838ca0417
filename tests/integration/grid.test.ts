import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, nextFact, startApp, type Harness } from '../support/app';
import { seedGrid } from '../support/grid-fixture';

let h: Harness;
let g: Awaited<ReturnType<typeof seedGrid>>;
beforeEach(async () => {
  h = await startApp({ listen: true });
  g = await seedGrid(h.app);
});
afterEach(async () => {
  await h.close();
});

const place = (proposalId: string, body: Record<string, unknown>, token = g.adminToken) =>
  h.app.inject({
    method: 'PUT',
    url: `/api/events/${g.event.id}/placements/${proposalId}`,
    headers: bearer(token),
    payload: body,
  });
const snapshot = async (token = g.adminToken) =>
  (
    await h.app.inject({ method: 'GET', url: `/api/events/${g.event.id}`, headers: bearer(token) })
  ).json();
const post = (path: string, payload: object = {}) =>
  h.app.inject({
    method: 'POST',
    url: `/api/events/${g.event.id}${path}`,
    headers: g.admin,
    payload,
  });
const cells = async () =>
  Object.fromEntries(
    (await snapshot()).placements.map(
      (p: { proposalId: string; roomId: string; slotId: string }) => [
        p.proposalId,
        `${p.roomId}/${p.slotId}`,
      ],
    ),
  );

describe('placements', () => {
  it('places, moves and unplaces a proposal, admin only', async () => {
    const { p1 } = g.proposals;
    const { big, small } = g.rooms;
    const res = await place(p1.id, { roomId: big.id, slotId: g.slots.first.id, pinned: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().placement).toEqual({
      proposalId: p1.id,
      roomId: big.id,
      slotId: g.slots.first.id,
      pinned: true,
    });
    const moved = await place(p1.id, { roomId: small.id, slotId: g.slots.second.id });
    expect(moved.json().placement).toMatchObject({ roomId: small.id, pinned: true });

    expect(
      (await place(p1.id, { roomId: big.id, slotId: g.slots.first.id }, g.people.ada.token))
        .statusCode,
    ).toBe(403);

    const del = await h.app.inject({
      method: 'DELETE',
      url: `/api/events/${g.event.id}/placements/${p1.id}`,
      headers: g.admin,
    });
    expect(del.statusCode).toBe(204);
    expect(await cells()).toEqual({});
  });

  it('refuses an occupied cell unless swap, and swaps two sessions', async () => {
    const { p1, p2 } = g.proposals;
    const A = { roomId: g.rooms.big.id, slotId: g.slots.first.id };
    const B = { roomId: g.rooms.small.id, slotId: g.slots.second.id };
    await place(p1.id, A);
    await place(p2.id, B);
    const refused = await place(p2.id, A);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('cell_taken');
    expect(await cells()).toEqual({
      [p1.id]: `${A.roomId}/${A.slotId}`,
      [p2.id]: `${B.roomId}/${B.slotId}`,
    });

    const swapped = await place(p2.id, { ...A, swap: true });
    expect(swapped.statusCode).toBe(200);
    expect(await cells()).toEqual({
      [p1.id]: `${B.roomId}/${B.slotId}`,
      [p2.id]: `${A.roomId}/${A.slotId}`,
    });
  });

  it('sends the occupant back to the list when a listed proposal swaps in', async () => {
    const { p1, p3 } = g.proposals;
    const A = { roomId: g.rooms.big.id, slotId: g.slots.first.id };
    await place(p1.id, A);
    await place(p3.id, { ...A, swap: true });
    expect(await cells()).toEqual({ [p3.id]: `${A.roomId}/${A.slotId}` });
  });

  it('refuses break and plenary slots, unknown rooms and hidden proposals', async () => {
    const { p1 } = g.proposals;
    const lunch = await place(p1.id, { roomId: g.rooms.big.id, slotId: g.slots.lunch.id });
    expect(lunch.statusCode).toBe(409);
    expect(lunch.json().code).toBe('slot_not_schedulable');
    expect((await place(p1.id, { roomId: 'nope', slotId: g.slots.first.id })).statusCode).toBe(404);
    expect((await place(p1.id, { roomId: g.rooms.big.id, slotId: 'nope' })).statusCode).toBe(404);
    await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${g.event.id}/proposals/${p1.id}`,
      headers: g.admin,
      payload: { hidden: true },
    });
    const hidden = await place(p1.id, { roomId: g.rooms.big.id, slotId: g.slots.first.id });
    expect(hidden.statusCode).toBe(409);
    expect(await cells()).toEqual({});
  });

  it('refuses a write made against a stale version, so two facilitators never fill one cell twice', async () => {
    const { p1, p2 } = g.proposals;
    const A = { roomId: g.rooms.big.id, slotId: g.slots.first.id };
    const { version } = await snapshot();
    // Two laptops drag different proposals into the same empty cell, both against `version`.
    const [first, second] = await Promise.all([
      place(p1.id, { ...A, version }),
      place(p2.id, { ...A, version, swap: true }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json().code).toBe('stale_version');
    expect(Object.keys(await cells())).toHaveLength(1);
  });

  it('shows the grid to participants only once the agenda is live, live on their sockets', async () => {
    const { p1 } = g.proposals;
    const ada = g.people.ada;
    const phone = await h.socket({ eventId: g.event.id, token: ada.token });
    const facilitator = await h.socket({ eventId: g.event.id, token: g.adminToken });
    const hidden = nextFact(phone, 'placement:changed');
    const full = nextFact(facilitator, 'placement:changed');
    await place(p1.id, { roomId: g.rooms.big.id, slotId: g.slots.first.id });
    expect(await hidden).toMatchObject({ placements: [], removed: [] });
    expect((await full).placements).toHaveLength(1);
    expect((await snapshot(ada.token)).placements).toEqual([]);

    await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${g.event.id}`,
      headers: g.admin,
      payload: { phase: 'live' },
    });
    expect((await snapshot(ada.token)).placements).toHaveLength(1);
    const shown = nextFact(phone, 'placement:changed');
    await place(p1.id, { roomId: g.rooms.small.id, slotId: g.slots.second.id });
    expect((await shown).placements).toEqual([
      { proposalId: p1.id, roomId: g.rooms.small.id, slotId: g.slots.second.id, pinned: false },
    ]);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes moves and swaps, shared by every facilitator', async () => {
    const { p1, p2 } = g.proposals;
    const A = { roomId: g.rooms.big.id, slotId: g.slots.first.id };
    const B = { roomId: g.rooms.small.id, slotId: g.slots.second.id };
    await place(p1.id, A);
    await place(p2.id, B);
    await place(p2.id, { ...A, swap: true });
    const afterSwap = await cells();

    const undo = await post('/undo');
    expect(undo.statusCode).toBe(200);
    expect(undo.json()).toMatchObject({ canUndo: true, canRedo: true });
    expect(await cells()).toEqual({
      [p1.id]: `${A.roomId}/${A.slotId}`,
      [p2.id]: `${B.roomId}/${B.slotId}`,
    });
    await post('/undo');
    await post('/undo');
    expect(await cells()).toEqual({});
    const none = await post('/undo');
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe('nothing_to_undo');

    await post('/redo');
    await post('/redo');
    const last = await post('/redo');
    expect(last.json()).toMatchObject({ canUndo: true, canRedo: false });
    expect(await cells()).toEqual(afterSwap);
    expect((await post('/redo')).json().code).toBe('nothing_to_redo');
  });

  it('drops the redo branch on a new change, and refuses a stale undo', async () => {
    const { p1, p2 } = g.proposals;
    await place(p1.id, { roomId: g.rooms.big.id, slotId: g.slots.first.id });
    await post('/undo');
    await place(p2.id, { roomId: g.rooms.big.id, slotId: g.slots.second.id });
    expect((await snapshot()).admin.canRedo).toBe(false);
    const stale = await post('/undo', { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
  });

  it('is admin only', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/events/${g.event.id}/undo`,
      headers: bearer(g.people.ada.token),
      payload: {},
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('conflicts', () => {
  it('reports host clashes, rooms too small and shared voters, naming the proposals', async () => {
    const { p1, p2, p3 } = g.proposals;
    const { ada, bo } = g.people;
    const vote = (token: string, id: string, dots: number) =>
      h.app.inject({
        method: 'PUT',
        url: `/api/events/${g.event.id}/proposals/${id}/vote`,
        headers: bearer(token),
        payload: { dots },
      });
    // Ada hosts p1 and p2; both Ada and Bo vote on p2 and p3.
    await vote(ada.token, p2.id, 1);
    await vote(bo.token, p2.id, 1);
    await vote(ada.token, p3.id, 1);
    await vote(bo.token, p3.id, 1);
    const slot = g.slots.first.id;
    await place(p1.id, { roomId: g.rooms.big.id, slotId: slot });
    await place(p2.id, { roomId: g.rooms.small.id, slotId: slot });

    let res = await h.app.inject({
      method: 'GET',
      url: `/api/events/${g.event.id}/conflicts`,
      headers: g.admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().warnings).toEqual(
      expect.arrayContaining([
        {
          kind: 'host_clash',
          slotId: slot,
          host: 'Ada',
          proposalIds: expect.arrayContaining([p1.id, p2.id]),
        },
        {
          kind: 'over_capacity',
          slotId: slot,
          roomId: g.rooms.small.id,
          proposalIds: [p2.id],
          voters: 2,
          capacity: 1,
        },
      ]),
    );
    expect(res.json().warnings).toHaveLength(2);

    await place(p1.id, { roomId: g.rooms.big.id, slotId: g.slots.second.id });
    await place(p3.id, { roomId: g.rooms.big.id, slotId: slot });
    res = await h.app.inject({
      method: 'GET',
      url: `/api/events/${g.event.id}/conflicts`,
      headers: g.admin,
    });
    expect(res.json().warnings).toContainEqual({
      kind: 'shared_voters',
      slotId: slot,
      proposalIds: expect.arrayContaining([p2.id, p3.id]),
      count: 2,
    });
    const participant = await h.app.inject({
      method: 'GET',
      url: `/api/events/${g.event.id}/conflicts`,
      headers: bearer(ada.token),
    });
    expect(participant.statusCode).toBe(403);
  });
});
