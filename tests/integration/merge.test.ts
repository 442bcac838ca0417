import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, nextFact, onFact, startApp, type Harness } from '../support/app';
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

const vote = (token: string, id: string, dots: number) =>
  h.app.inject({
    method: 'PUT',
    url: `/api/events/${g.event.id}/proposals/${id}/vote`,
    headers: bearer(token),
    payload: { dots },
  });
const merge = (sourceId: string, intoId: string, token = g.adminToken) =>
  h.app.inject({
    method: 'POST',
    url: `/api/events/${g.event.id}/proposals/${sourceId}/merge`,
    headers: bearer(token),
    payload: { intoId },
  });
const snapshot = async (token: string) =>
  (
    await h.app.inject({ method: 'GET', url: `/api/events/${g.event.id}`, headers: bearer(token) })
  ).json();
const post = (path: string) =>
  h.app.inject({
    method: 'POST',
    url: `/api/events/${g.event.id}${path}`,
    headers: g.admin,
    payload: {},
  });

describe('merging duplicates', () => {
  it('moves votes, caps a double voter at the maximum and returns the rest to the budget', async () => {
    const { p1, p2, p3 } = g.proposals;
    const { ada, bo } = g.people;
    await vote(ada.token, p1.id, 2);
    await vote(ada.token, p3.id, 2);
    await vote(bo.token, p3.id, 1);
    expect((await snapshot(ada.token)).me.remaining).toBe(1);

    const adaPhone = await h.socket({ eventId: g.event.id, token: ada.token });
    const boPhone = await h.socket({ eventId: g.event.id, token: bo.token });
    const merged = nextFact(boPhone, 'proposal:merged');
    const before = (await snapshot(ada.token)).version as number;
    const adaBudget = new Promise<unknown[]>((resolve) => {
      const seen: unknown[] = [];
      onFact(adaPhone, 'vote:changed', (p) => {
        // Her earlier votes' facts may still be on their way in a later frame.
        if (p.version <= before) return;
        seen.push(p);
        if (seen.length === 2) resolve(seen);
      });
    });

    // Bo's "Solid.js" (p3) is merged into Ada's "Local-first" (p1).
    const res = await merge(p3.id, p1.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().proposal).toMatchObject({
      id: p1.id,
      dots: 4,
      voters: 2,
      hosts: ['Ada', 'Bo'],
    });
    expect(await merged).toMatchObject({ sourceId: p3.id, into: { id: p1.id, dots: 4 } });
    expect(await adaBudget).toEqual([
      { proposalId: p3.id, dots: 0, remaining: 2, version: expect.any(Number) },
      { proposalId: p1.id, dots: 3, remaining: 2, version: expect.any(Number) },
    ]);

    const adaView = await snapshot(ada.token);
    expect(adaView.proposals.map((p: { id: string }) => p.id).sort()).toEqual(
      [p1.id, p2.id].sort(),
    );
    expect(adaView.me).toMatchObject({ votes: { [p1.id]: 3 }, remaining: 2 });
    expect((await snapshot(bo.token)).me).toMatchObject({ votes: { [p1.id]: 1 }, remaining: 4 });
    expect((await vote(bo.token, p3.id, 1)).statusCode).toBe(404);
  });

  it('undoes and redoes a merge exactly', async () => {
    const { p1, p3 } = g.proposals;
    const { ada, bo } = g.people;
    await vote(ada.token, p1.id, 2);
    await vote(ada.token, p3.id, 2);
    await vote(bo.token, p3.id, 1);
    await h.app.inject({
      method: 'PUT',
      url: `/api/events/${g.event.id}/placements/${p3.id}`,
      headers: g.admin,
      payload: { roomId: g.rooms.big.id, slotId: g.slots.first.id },
    });
    const before = await snapshot(g.adminToken);
    await merge(p3.id, p1.id);
    const afterMerge = await snapshot(g.adminToken);
    expect(afterMerge.placements).toEqual([]);

    const undone = await post('/undo');
    expect(undone.statusCode).toBe(200);
    const restored = await snapshot(g.adminToken);
    expect(restored.proposals).toEqual(
      before.proposals.map((p: { updatedAt: string }) => ({ ...p, updatedAt: expect.any(String) })),
    );
    expect(restored.placements).toEqual(before.placements);
    expect((await snapshot(ada.token)).me).toMatchObject({
      votes: { [p1.id]: 2, [p3.id]: 2 },
      remaining: 1,
    });

    await post('/redo');
    const redone = await snapshot(g.adminToken);
    expect(redone.proposals.map((p: { id: string; dots: number }) => [p.id, p.dots])).toEqual(
      afterMerge.proposals.map((p: { id: string; dots: number }) => [p.id, p.dots]),
    );
  });

  it('refuses to undo a merge once votes on it moved on, losing nobody’s dots', async () => {
    const { p1, p3 } = g.proposals;
    const { bo } = g.people;
    await vote(bo.token, p3.id, 1);
    await merge(p3.id, p1.id);
    await vote(bo.token, p1.id, 2);
    const undo = await post('/undo');
    expect(undo.statusCode).toBe(409);
    expect(undo.json().code).toBe('history_conflict');
    expect((await snapshot(bo.token)).me.votes).toEqual({ [p1.id]: 2 });
  });

  it('drops "not in parallel" pairs of the merged duplicate, and answers with the version', async () => {
    const { p1, p2, p3 } = g.proposals;
    await h.app.inject({
      method: 'POST',
      url: `/api/events/${g.event.id}/avoid-pairs`,
      headers: g.admin,
      payload: { a: p3.id, b: p2.id },
    });
    const res = await merge(p3.id, p1.id);
    const after = await snapshot(g.adminToken);
    expect(res.json().version).toBe(after.version);
    expect(after.admin.avoidPairs).toEqual([]);
    await post('/undo');
    expect((await snapshot(g.adminToken)).admin.avoidPairs).toHaveLength(1);
  });

  it('refuses nonsense merges', async () => {
    const { p1, p2, p3 } = g.proposals;
    expect((await merge(p1.id, p1.id)).statusCode).toBe(400);
    expect((await merge(p1.id, 'nope')).statusCode).toBe(404);
    expect((await merge(p1.id, p2.id, g.people.ada.token)).statusCode).toBe(403);
    await merge(p2.id, p1.id);
    expect((await merge(p3.id, p2.id)).statusCode).toBe(404);
    expect((await merge(p2.id, p3.id)).statusCode).toBe(404);
  });
});
