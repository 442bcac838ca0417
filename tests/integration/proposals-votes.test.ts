import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
let eventId: string;
let joinCode: string;
let admin: ReturnType<typeof bearer>;
beforeEach(async () => {
  h = await startApp();
  const seeded = await seedEvent(h.app);
  eventId = seeded.event.id;
  joinCode = seeded.event.joinCode;
  admin = bearer(seeded.adminToken);
});
afterEach(async () => {
  await h.close();
});

const pitch = (token: string, payload: Record<string, unknown>) =>
  h.app.inject({
    method: 'POST',
    url: `/api/events/${eventId}/proposals`,
    headers: bearer(token),
    payload,
  });
const vote = (token: string, proposalId: string, dots: number) =>
  h.app.inject({
    method: 'PUT',
    url: `/api/events/${eventId}/proposals/${proposalId}/vote`,
    headers: bearer(token),
    payload: { dots },
  });
const setPhase = (phase: string) =>
  h.app.inject({
    method: 'PATCH',
    url: `/api/events/${eventId}`,
    headers: admin,
    payload: { phase },
  });
const snapshot = async (token?: string) =>
  (
    await h.app.inject({
      method: 'GET',
      url: `/api/events/${eventId}`,
      ...(token ? { headers: bearer(token) } : {}),
    })
  ).json();

describe('proposals', () => {
  it('pitches with the author’s name as host by default', async () => {
    const ada = await joinAs(h.app, joinCode, 'Ada');
    const res = await pitch(ada.token, { title: '  Local-first apps ', description: 'CRDTs!' });
    expect(res.statusCode).toBe(201);
    expect(res.json().proposal).toMatchObject({
      title: 'Local-first apps',
      description: 'CRDTs!',
      hosts: ['Ada'],
      format: 'discussion',
      authorId: ada.participant.id,
      dots: 0,
      hidden: false,
    });
    const withHosts = await pitch(ada.token, {
      title: 'Two',
      hosts: ['Bo', ' Bo ', 'Cy'],
      format: 'workshop',
    });
    expect(withHosts.json().proposal.hosts).toEqual(['Bo', 'Cy']);
  });

  it('lets the author and the admin edit, nobody else', async () => {
    const ada = await joinAs(h.app, joinCode, 'Ada');
    const bo = await joinAs(h.app, joinCode, 'Bo');
    const id = (await pitch(ada.token, { title: 'Typo' })).json().proposal.id;
    const patch = (token: string, payload: Record<string, unknown>) =>
      h.app.inject({
        method: 'PATCH',
        url: `/api/events/${eventId}/proposals/${id}`,
        headers: bearer(token),
        payload,
      });
    expect((await patch(bo.token, { title: 'Mine now' })).statusCode).toBe(403);
    expect((await patch(ada.token, { hidden: true })).statusCode).toBe(403);
    expect((await patch(ada.token, { title: 'Fixed' })).json().proposal.title).toBe('Fixed');
    const adminToken = admin.authorization.slice('Bearer '.length);
    expect((await patch(adminToken, { format: 'demo' })).json().proposal.format).toBe('demo');
  });

  it('hides a proposal from participants but not from the admin', async () => {
    const ada = await joinAs(h.app, joinCode, 'Ada');
    const id = (await pitch(ada.token, { title: 'Spam' })).json().proposal.id;
    await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${eventId}/proposals/${id}`,
      headers: admin,
      payload: { hidden: true },
    });
    expect((await snapshot(ada.token)).proposals).toEqual([]);
    expect((await snapshot()).proposals).toEqual([]);
    const adminView = await snapshot(admin.authorization.slice(7));
    expect(adminView.proposals).toHaveLength(1);
    expect(adminView.proposals[0].hidden).toBe(true);
    expect((await vote(ada.token, id, 1)).statusCode).toBe(404);
  });

  it('closes pitching outside proposing, but not for the facilitator', async () => {
    const ada = await joinAs(h.app, joinCode, 'Ada');
    await setPhase('voting');
    const res = await pitch(ada.token, { title: 'Late' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('phase_closed');
    expect((await pitch(admin.authorization.slice(7), { title: 'Keynote' })).statusCode).toBe(201);
    expect((await snapshot()).proposals.map((p: { title: string }) => p.title)).toEqual([
      'Keynote',
    ]);
  });
});

describe('votes', () => {
  it('sets dots, keeps a stored tally and the budget', async () => {
    const ada = await joinAs(h.app, joinCode, 'Ada');
    const bo = await joinAs(h.app, joinCode, 'Bo');
    const a = (await pitch(ada.token, { title: 'A' })).json().proposal.id;
    const b = (await pitch(ada.token, { title: 'B' })).json().proposal.id;

    const first = (await vote(ada.token, a, 3)).json();
    expect(first).toMatchObject({ dots: 3, remaining: 2 });
    // A retry answers the same and changes nothing, not even the version.
    expect((await vote(ada.token, a, 3)).json()).toEqual(first);
    expect((await vote(bo.token, a, 1)).json()).toMatchObject({ dots: 1, remaining: 4 });
    expect((await vote(ada.token, b, 2)).json()).toMatchObject({ dots: 2, remaining: 0 });

    const over = await vote(ada.token, b, 3);
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe('budget_exceeded');
    const cap = await vote(bo.token, b, 4);
    expect(cap.statusCode).toBe(409);
    expect(cap.json().code).toBe('proposal_cap_exceeded');

    expect((await vote(ada.token, a, 0)).json()).toMatchObject({ dots: 0, remaining: 3 });
    const snap = await snapshot(ada.token);
    const tallies = Object.fromEntries(
      snap.proposals.map((p: { id: string; dots: number; voters: number }) => [
        p.id,
        [p.dots, p.voters],
      ]),
    );
    expect(tallies).toEqual({ [a]: [1, 1], [b]: [2, 1] });
    expect(snap.me.votes).toEqual({ [b]: 2 });
    expect(snap.me.remaining).toBe(3);
  });

  it('holds the budget under a burst of concurrent requests from many tabs', async () => {
    const ada = await joinAs(h.app, joinCode, 'Ada');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push((await pitch(ada.token, { title: `P${i}` })).json().proposal.id);
    const results = await Promise.all(
      ids.flatMap((id) => [vote(ada.token, id, 2), vote(ada.token, id, 1), vote(ada.token, id, 2)]),
    );
    expect(results.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
    const snap = await snapshot(ada.token);
    const spent = Object.values(snap.me.votes as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(spent).toBeLessThanOrEqual(5);
    expect(spent + snap.me.remaining).toBe(5);
    const tallied = snap.proposals.reduce((sum: number, p: { dots: number }) => sum + p.dots, 0);
    expect(tallied).toBe(spent);
  });

  it('is for participants, in proposing and voting only', async () => {
    const ada = await joinAs(h.app, joinCode, 'Ada');
    const id = (await pitch(ada.token, { title: 'A' })).json().proposal.id;
    expect((await vote(admin.authorization.slice(7), id, 1)).statusCode).toBe(403);
    await setPhase('voting');
    expect((await vote(ada.token, id, 1)).statusCode).toBe(200);
    await setPhase('scheduling');
    const closed = await vote(ada.token, id, 2);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('phase_closed');
    expect((await snapshot(ada.token)).me.votes).toEqual({ [id]: 1 });
  });

  it('lets dots be taken back after the budget was lowered', async () => {
    const ada = await joinAs(h.app, joinCode, 'Ada');
    const id = (await pitch(ada.token, { title: 'A' })).json().proposal.id;
    await vote(ada.token, id, 3);
    await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${eventId}`,
      headers: admin,
      payload: { dotsPerParticipant: 2 },
    });
    expect((await vote(ada.token, id, 3)).json()).toMatchObject({ dots: 3, remaining: 0 });
    expect((await vote(ada.token, id, 2)).json()).toMatchObject({ dots: 2, remaining: 0 });
    expect((await vote(ada.token, id, 1)).json()).toMatchObject({ dots: 1, remaining: 1 });
  });
});
