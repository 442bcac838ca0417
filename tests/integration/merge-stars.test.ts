// Stars follow a merged session like its dots: a participant's plan to attend moves to the
// session the duplicate was merged into, and undo and redo move it back and forth exactly.
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gridOperations, stars } from '../../server/db/schema';
import type { Snapshot } from '../../shared/schemas/snapshot';
import { bearer, joinAs, recordFrames, startApp, type Harness } from '../support/app';
import { seedGrid } from '../support/grid-fixture';

let h: Harness;
let g: Awaited<ReturnType<typeof seedGrid>>;
let cy: Awaited<ReturnType<typeof joinAs>>;

beforeEach(async () => {
  h = await startApp({ listen: true });
  g = await seedGrid(h.app);
  cy = await joinAs(h.app, g.event.joinCode, 'Cy');
  // Stars are plans to attend: they open once the agenda is published.
  await h.app.inject({ method: 'PATCH', url: ev(), headers: g.admin, payload: { phase: 'live' } });
});
afterEach(async () => {
  await h?.close();
});

const ev = () => `/api/events/${g.event.id}`;
const star = async (token: string, proposalId: string, starred: boolean) => {
  const res = await h.app.inject({
    method: 'PUT',
    url: `${ev()}/proposals/${proposalId}/star`,
    headers: bearer(token),
    payload: { starred },
  });
  expect(res.statusCode).toBe(200);
};
const admin = (path: string, payload: object = {}) =>
  h.app.inject({ method: 'POST', url: `${ev()}${path}`, headers: g.admin, payload });
const merge = () => admin(`/proposals/${g.proposals.p3.id}/merge`, { intoId: g.proposals.p1.id });
const snapshot = async (token: string) =>
  (await h.app.inject({ method: 'GET', url: ev(), headers: bearer(token) })).json() as Snapshot;
const starredBy = async (token: string) => {
  const { me } = await snapshot(token);
  return me?.role === 'participant' ? [...me.starred].sort() : null;
};
const starCounts = async () => (await snapshot(g.adminToken)).admin?.stars;
const sorted = (...ids: string[]) => [...ids].sort();

/** Ada starred only the duplicate (p3), Bo both, Cy only the session it merges into (p1). */
async function starAll() {
  const { p1, p3 } = g.proposals;
  await star(g.people.ada.token, p3.id, true);
  await star(g.people.bo.token, p3.id, true);
  await star(g.people.bo.token, p1.id, true);
  await star(cy.token, p1.id, true);
}

describe('stars and merging duplicates', () => {
  it('move to the merged session, and come back exactly on undo, and again on redo', async () => {
    const { p1, p3 } = g.proposals;
    const { ada, bo } = g.people;
    await starAll();
    expect(await starCounts()).toEqual({ [p1.id]: 2, [p3.id]: 2 });

    const merged = {
      counts: { [p1.id]: 3 },
      ada: [p1.id],
      bo: [p1.id],
      cy: [p1.id],
    };
    const before = {
      counts: { [p1.id]: 2, [p3.id]: 2 },
      ada: [p3.id],
      bo: sorted(p1.id, p3.id),
      cy: [p1.id],
    };
    const expectStars = async (want: typeof merged) => {
      expect(await starCounts()).toEqual(want.counts);
      expect(await starredBy(ada.token)).toEqual(want.ada);
      expect(await starredBy(bo.token)).toEqual(want.bo);
      expect(await starredBy(cy.token)).toEqual(want.cy);
    };

    expect((await merge()).statusCode).toBe(200);
    await expectStars(merged);
    expect((await admin('/undo')).statusCode).toBe(200);
    await expectStars(before);
    expect((await admin('/redo')).statusCode).toBe(200);
    await expectStars(merged);
    // The redo's record is what the next undo reads.
    expect((await admin('/undo')).statusCode).toBe(200);
    await expectStars(before);
  });

  it('tells each starrer of their own star and the facilitators of both counts, nobody else', async () => {
    const { p1, p3 } = g.proposals;
    await starAll();
    const auth = (token?: string) => ({ eventId: g.event.id, ...(token ? { token } : {}) });
    const sockets = {
      facilitator: await h.socket(auth(g.adminToken)),
      ada: await h.socket(auth(g.people.ada.token)),
      bo: await h.socket(auth(g.people.bo.token)),
      cy: await h.socket(auth(cy.token)),
      projector: await h.socket(auth()),
    };
    // The stars' own facts of the set-up are delivered by now; only the merge's are recorded.
    await new Promise((r) => setTimeout(r, 250));
    const frames = Object.fromEntries(
      Object.entries(sockets).map(([who, s]) => [who, recordFrames(s)]),
    ) as Record<keyof typeof sockets, ReturnType<typeof recordFrames>>;
    const starFacts = () =>
      Object.fromEntries(
        Object.entries(frames).map(([who, rec]) => [
          who,
          rec.facts().filter(([name]) => name === 'star:changed' || name === 'stars:changed'),
        ]),
      );
    const step = async (
      request: () => Promise<{ statusCode: number }>,
      want: Record<keyof typeof sockets, unknown[]>,
    ) => {
      for (const rec of Object.values(frames)) rec.frames.length = 0;
      expect((await request()).statusCode).toBe(200);
      await vi.waitFor(() => expect(starFacts()).toEqual(want));
      // Then nothing more arrives: no fact for a star that stayed as it was.
      await new Promise((r) => setTimeout(r, 150));
      expect(starFacts()).toEqual(want);
    };

    const count = (proposalId: string, stars: number) => ['stars:changed', { proposalId, stars }];
    const mine = (proposalId: string, starred: boolean) => [
      'star:changed',
      { proposalId, starred },
    ];
    const merged = {
      facilitator: [count(p3.id, 0), count(p1.id, 3)],
      ada: [mine(p3.id, false), mine(p1.id, true)],
      // Bo keeps the one star he had on p1; Cy's star on p1 stays as it was.
      bo: [mine(p3.id, false)],
      cy: [],
      projector: [],
    };
    await step(merge, merged);
    await step(() => admin('/undo'), {
      facilitator: [count(p3.id, 2), count(p1.id, 2)],
      ada: [mine(p3.id, true), mine(p1.id, false)],
      bo: [mine(p3.id, true)],
      cy: [],
      projector: [],
    });
    await step(() => admin('/redo'), merged);
  });

  it('undoes a merge whose moved star was cleared meanwhile, leaving older stars alone', async () => {
    const { p1, p3 } = g.proposals;
    const { ada, bo } = g.people;
    await star(ada.token, p3.id, true);
    await star(cy.token, p1.id, true);
    await merge();
    // Ada drops the merged session before the undo; Cy had starred it before the merge.
    await star(ada.token, p1.id, false);

    expect((await admin('/undo')).statusCode).toBe(200);
    expect(await starredBy(ada.token)).toEqual([p3.id]);
    expect(await starredBy(cy.token)).toEqual([p1.id]);
    expect(await starCounts()).toEqual({ [p1.id]: 1, [p3.id]: 1 });

    // A star put on the duplicate after the undo follows the redo, and the next undo takes it back.
    await star(bo.token, p3.id, true);
    expect((await admin('/redo')).statusCode).toBe(200);
    expect(await starredBy(bo.token)).toEqual([p1.id]);
    expect(await starCounts()).toEqual({ [p1.id]: 3 });
    expect((await admin('/undo')).statusCode).toBe(200);
    expect(await starredBy(bo.token)).toEqual([p3.id]);
    expect(await starCounts()).toEqual({ [p1.id]: 1, [p3.id]: 2 });
  });

  it('undoes a merge recorded before stars followed merges, and moves them on redo', async () => {
    const { p1, p3 } = g.proposals;
    const { ada } = g.people;
    await star(ada.token, p3.id, true);
    await merge();
    // Make it what the older server left: a record without star lists, the star on the duplicate.
    const [row] = h.db.select().from(gridOperations).all();
    const { sourceStars, intoStarsAdded, ...old } = (row!.payload as { merge: object }).merge as {
      sourceStars: string[];
      intoStarsAdded: string[];
    };
    expect({ sourceStars, intoStarsAdded }).toEqual({
      sourceStars: [ada.participant.id],
      intoStarsAdded: [ada.participant.id],
    });
    h.db
      .update(gridOperations)
      .set({ payload: { merge: old } })
      .where(eq(gridOperations.id, row!.id))
      .run();
    h.db
      .update(stars)
      .set({ proposalId: p3.id })
      .where(and(eq(stars.participantId, ada.participant.id), eq(stars.proposalId, p1.id)))
      .run();

    expect((await admin('/undo')).statusCode).toBe(200);
    expect(await starredBy(ada.token)).toEqual([p3.id]);
    expect(await starCounts()).toEqual({ [p3.id]: 1 });
    expect((await admin('/redo')).statusCode).toBe(200);
    expect(await starredBy(ada.token)).toEqual([p1.id]);
    expect(await starCounts()).toEqual({ [p1.id]: 1 });
  });
});
