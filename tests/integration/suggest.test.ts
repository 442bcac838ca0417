import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkHardRules } from '../../shared/schedule/hard-rules';
import { toScheduleInstance } from '../../shared/grid/schedule-instance';
import { bearer, startApp, type Harness } from '../support/app';
import { seedGrid } from '../support/grid-fixture';

let h: Harness;
let g: Awaited<ReturnType<typeof seedGrid>>;
beforeEach(async () => {
  h = await startApp();
  g = await seedGrid(h.app);
  const vote = (token: string, id: string, dots: number) =>
    h.app.inject({
      method: 'PUT',
      url: `/api/events/${g.event.id}/proposals/${id}/vote`,
      headers: bearer(token),
      payload: { dots },
    });
  const { p1, p2, p3 } = g.proposals;
  await vote(g.people.ada.token, p1.id, 3);
  await vote(g.people.ada.token, p2.id, 2);
  await vote(g.people.bo.token, p2.id, 3);
  await vote(g.people.bo.token, p3.id, 2);
});
afterEach(async () => {
  await h.close();
});

const suggest = (body: object) =>
  h.app.inject({
    method: 'POST',
    url: `/api/events/${g.event.id}/schedule/suggest`,
    headers: g.admin,
    payload: body,
  });
const snapshot = async () =>
  (
    await h.app.inject({ method: 'GET', url: `/api/events/${g.event.id}`, headers: g.admin })
  ).json();

describe('suggest schedule', () => {
  it('previews a grid that keeps the hard rules and scores better, without writing it', async () => {
    const res = await suggest({ mode: 'replan', seconds: 0.5 });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.score.before).toEqual({ honoured: 0, overflow: 0, avoid: 0, total: 0 });
    expect(s.score.after.total).toBeGreaterThan(0);
    expect(s.changes.length).toBe(s.placements.length);
    const snap = await snapshot();
    expect(snap.placements).toEqual([]);
    const instance = toScheduleInstance(
      { ...snap, ballots: snap.admin.ballots, avoidPairs: snap.admin.avoidPairs },
      'none',
    );
    const placements = s.placements.map(
      (p: { proposalId: string; roomId: string; slotId: string }) => ({
        sessionId: p.proposalId,
        roomId: p.roomId,
        slotId: p.slotId,
      }),
    );
    expect(checkHardRules(instance, placements)).toEqual({ ok: true });
    // Ada hosts p1 and p2: never in one slot. Lunch takes nothing.
    const slotOf = Object.fromEntries(
      s.placements.map((p: { proposalId: string; slotId: string }) => [p.proposalId, p.slotId]),
    );
    expect(slotOf[g.proposals.p1.id]).not.toBe(slotOf[g.proposals.p2.id]);
    expect(Object.values(slotOf)).not.toContain(g.slots.lunch.id);
  });

  it('applies a suggestion as one undoable step', async () => {
    const s = (await suggest({ mode: 'replan', seconds: 0.3 })).json();
    const applied = await h.app.inject({
      method: 'PUT',
      url: `/api/events/${g.event.id}/placements`,
      headers: g.admin,
      payload: { placements: s.placements, version: s.version },
    });
    expect(applied.statusCode).toBe(200);
    const after = await snapshot();
    expect(after.placements).toHaveLength(s.placements.length);
    const conflicts = await h.app.inject({
      method: 'GET',
      url: `/api/events/${g.event.id}/conflicts`,
      headers: g.admin,
    });
    expect(
      conflicts.json().warnings.filter((w: { kind: string }) => w.kind === 'host_clash'),
    ).toEqual([]);

    const stale = await h.app.inject({
      method: 'PUT',
      url: `/api/events/${g.event.id}/placements`,
      headers: g.admin,
      payload: { placements: [], version: s.version },
    });
    expect(stale.json().code).toBe('stale_version');

    await h.app.inject({
      method: 'POST',
      url: `/api/events/${g.event.id}/undo`,
      headers: g.admin,
      payload: {},
    });
    expect((await snapshot()).placements).toEqual([]);
  });

  it('fills empty cells around the current grid, and re-plans all but pinned sessions', async () => {
    const { p3 } = g.proposals;
    const cell = { roomId: g.rooms.small.id, slotId: g.slots.first.id };
    await h.app.inject({
      method: 'PUT',
      url: `/api/events/${g.event.id}/placements/${p3.id}`,
      headers: g.admin,
      payload: cell,
    });
    const fill = (await suggest({ mode: 'fill', seconds: 0.3 })).json();
    expect(fill.placements).toContainEqual({ proposalId: p3.id, ...cell, pinned: false });
    expect(fill.changes.map((c: { proposalId: string }) => c.proposalId)).not.toContain(p3.id);

    await h.app.inject({
      method: 'PUT',
      url: `/api/events/${g.event.id}/placements/${p3.id}`,
      headers: g.admin,
      payload: { ...cell, pinned: true },
    });
    const replan = (await suggest({ mode: 'replan', seconds: 0.3 })).json();
    expect(replan.placements).toContainEqual({ proposalId: p3.id, ...cell, pinned: true });
  });

  it('keeps "not in parallel" pairs apart and scores them', async () => {
    const { p2, p3 } = g.proposals;
    const add = await h.app.inject({
      method: 'POST',
      url: `/api/events/${g.event.id}/avoid-pairs`,
      headers: g.admin,
      payload: { a: p3.id, b: p2.id },
    });
    expect(add.statusCode).toBe(201);
    expect(add.json().avoidPairs).toEqual([[p2.id, p3.id].sort()]);
    const s = (await suggest({ mode: 'replan', seconds: 0.3 })).json();
    const slotOf = Object.fromEntries(
      s.placements.map((p: { proposalId: string; slotId: string }) => [p.proposalId, p.slotId]),
    );
    if (slotOf[p2.id] && slotOf[p3.id]) expect(slotOf[p2.id]).not.toBe(slotOf[p3.id]);
    expect(s.score.after.avoid).toBe(0);

    const del = await h.app.inject({
      method: 'DELETE',
      url: `/api/events/${g.event.id}/avoid-pairs/${p2.id}/${p3.id}`,
      headers: g.admin,
    });
    expect(del.statusCode).toBe(204);
    expect((await snapshot()).admin.avoidPairs).toEqual([]);
  });

  it('refuses bad requests and participants', async () => {
    expect((await suggest({ mode: 'everything' })).statusCode).toBe(400);
    expect((await suggest({ mode: 'fill', seconds: 60 })).statusCode).toBe(400);
    const participant = await h.app.inject({
      method: 'POST',
      url: `/api/events/${g.event.id}/schedule/suggest`,
      headers: bearer(g.people.ada.token),
      payload: { mode: 'fill' },
    });
    expect(participant.statusCode).toBe(403);
    const samePair = await h.app.inject({
      method: 'POST',
      url: `/api/events/${g.event.id}/avoid-pairs`,
      headers: g.admin,
      payload: { a: g.proposals.p1.id, b: g.proposals.p1.id },
    });
    expect(samePair.statusCode).toBe(400);
  });
});
