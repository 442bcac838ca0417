import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bearer,
  joinAs,
  nextFact,
  seedEvent,
  startApp,
  type Harness,
  type TestClient,
} from '../support/app';

let h: Harness;
beforeEach(async () => {
  h = await startApp({ listen: true });
});
afterEach(async () => {
  await h.close();
});

const api = (method: 'POST' | 'PUT' | 'PATCH', url: string, token: string, payload: object) =>
  h.app.inject({ method, url, headers: bearer(token), payload });

/** Collects every fact a socket receives, to check what did (not) arrive. */
function record(socket: TestClient) {
  const seen: { name: string; payload: unknown }[] = [];
  socket.onAny((_event: string, frame: [string, unknown][]) => {
    for (const [name, payload] of frame) seen.push({ name, payload });
  });
  return seen;
}

describe('live deltas over Socket.IO', () => {
  it('pushes a vote to another phone as a tally delta with the new version', async () => {
    const { event } = await seedEvent(h.app);
    const ada = await joinAs(h.app, event.joinCode, 'Ada');
    const bo = await joinAs(h.app, event.joinCode, 'Bo');
    const adaSocket = await h.socket({ eventId: event.id, token: ada.token });
    const boSocket = await h.socket({ eventId: event.id, token: bo.token });

    const created = nextFact(boSocket, 'proposal:created');
    const proposal = (
      await api('POST', `/api/events/${event.id}/proposals`, ada.token, { title: 'Solid vs React' })
    ).json().proposal;
    const createdDelta = await created;
    expect(createdDelta.proposal).toEqual(proposal);

    const tally = nextFact(boSocket, 'tally:changed');
    const mine = nextFact(adaSocket, 'vote:changed');
    await api('PUT', `/api/events/${event.id}/proposals/${proposal.id}/vote`, ada.token, {
      dots: 2,
    });
    expect(await tally).toEqual({
      proposalId: proposal.id,
      dots: 2,
      voters: 1,
      version: createdDelta.version + 1,
    });
    expect(await mine).toEqual({
      proposalId: proposal.id,
      dots: 2,
      remaining: 3,
      version: createdDelta.version + 1,
    });

    const snap = (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json();
    expect(snap.version).toBe(createdDelta.version + 1);
  });

  it('tells only the voter’s own sockets about their budget', async () => {
    const { event } = await seedEvent(h.app);
    const ada = await joinAs(h.app, event.joinCode);
    const bo = await joinAs(h.app, event.joinCode);
    const adaTab2 = await h.socket({ eventId: event.id, token: ada.token });
    const boSocket = await h.socket({ eventId: event.id, token: bo.token });
    const boSeen = record(boSocket);
    const id = (
      await api('POST', `/api/events/${event.id}/proposals`, ada.token, { title: 'X' })
    ).json().proposal.id;
    const mine = nextFact(adaTab2, 'vote:changed');
    const tally = nextFact(boSocket, 'tally:changed');
    await api('PUT', `/api/events/${event.id}/proposals/${id}/vote`, ada.token, { dots: 1 });
    await mine;
    await tally;
    expect(boSeen.map((e) => e.name)).not.toContain('vote:changed');
  });

  it('never leaks one event’s changes to another event’s sockets', async () => {
    const a = await seedEvent(h.app);
    const b = await seedEvent(h.app);
    const watcherB = await h.socket({ eventId: b.event.id });
    const seenB = record(watcherB);
    const watcherA = await h.socket({ eventId: a.event.id });
    const roomA = nextFact(watcherA, 'room:created');
    await api('POST', `/api/events/${a.event.id}/rooms`, a.adminToken, {
      name: 'Aula',
      capacity: 50,
    });
    await roomA;
    // Give a stray delta time to arrive before asserting there was none.
    await new Promise((r) => setTimeout(r, 100));
    expect(seenB).toEqual([]);
  });

  it('refuses a socket with another event’s token, an unknown token or an unknown event', async () => {
    const a = await seedEvent(h.app);
    const b = await seedEvent(h.app);
    await expect(h.socket({ eventId: a.event.id, token: b.adminToken })).rejects.toThrow(
      'forbidden',
    );
    await expect(h.socket({ eventId: a.event.id, token: 'nope' })).rejects.toThrow('unauthorized');
    await expect(h.socket({ eventId: 'missing' })).rejects.toThrow('not_found');
    await expect(h.socket({ eventId: 42 } as unknown as { eventId: string })).rejects.toThrow(
      'bad_request',
    );
  });

  it('hides tallies from participants during blind voting but not from the facilitator', async () => {
    const { event, adminToken } = await seedEvent(h.app, { blindVoting: true });
    const ada = await joinAs(h.app, event.joinCode);
    const adminSocket = await h.socket({ eventId: event.id, token: adminToken });
    const publicSocket = await h.socket({ eventId: event.id });
    const id = (
      await api('POST', `/api/events/${event.id}/proposals`, ada.token, { title: 'X' })
    ).json().proposal.id;

    const forAdmin = nextFact(adminSocket, 'tally:changed');
    const forPublic = nextFact(publicSocket, 'tally:changed');
    await api('PUT', `/api/events/${event.id}/proposals/${id}/vote`, ada.token, { dots: 2 });
    const [adminDelta, publicDelta] = await Promise.all([forAdmin, forPublic]);
    expect(adminDelta).toMatchObject({ dots: 2, voters: 1 });
    expect(publicDelta).toMatchObject({ dots: null, voters: null });
    expect(adminDelta.version).toBe(publicDelta.version);

    const participantView = (
      await h.app.inject({
        method: 'GET',
        url: `/api/events/${event.id}`,
        headers: bearer(ada.token),
      })
    ).json();
    expect(participantView.proposals[0]).toMatchObject({ dots: null, voters: null });
    expect(participantView.me.votes).toEqual({ [id]: 2 });

    await api('PATCH', `/api/events/${event.id}`, adminToken, { phase: 'scheduling' });
    const revealed = (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json();
    expect(revealed.proposals[0]).toMatchObject({ dots: 2, voters: 1 });
  });

  it('removes a hidden proposal from participants’ screens and keeps it for the facilitator', async () => {
    const { event, adminToken } = await seedEvent(h.app);
    const ada = await joinAs(h.app, event.joinCode);
    const adminSocket = await h.socket({ eventId: event.id, token: adminToken });
    const adaSocket = await h.socket({ eventId: event.id, token: ada.token });
    const id = (
      await api('POST', `/api/events/${event.id}/proposals`, ada.token, { title: 'Spam' })
    ).json().proposal.id;
    const removed = nextFact(adaSocket, 'proposal:removed');
    const updated = nextFact(adminSocket, 'proposal:updated');
    await api('PATCH', `/api/events/${event.id}/proposals/${id}`, adminToken, { hidden: true });
    expect((await removed).proposalId).toBe(id);
    expect((await updated).proposal.hidden).toBe(true);
  });

  it('pushes every kind of setup change to the event room', async () => {
    const { event, adminToken } = await seedEvent(h.app);
    const viewer = await h.socket({ eventId: event.id });
    const seen = record(viewer);
    const room = (
      await api('POST', `/api/events/${event.id}/rooms`, adminToken, { name: 'A', capacity: 5 })
    ).json().room;
    await api('PATCH', `/api/events/${event.id}/rooms/${room.id}`, adminToken, { name: 'B' });
    const slot = (
      await api('POST', `/api/events/${event.id}/slots`, adminToken, {
        startsAt: '2026-11-27T09:00:00Z',
        endsAt: '2026-11-27T10:00:00Z',
      })
    ).json().slot;
    await api('PATCH', `/api/events/${event.id}/slots/${slot.id}`, adminToken, { kind: 'plenary' });
    await h.app.inject({
      method: 'DELETE',
      url: `/api/events/${event.id}/slots/${slot.id}`,
      headers: bearer(adminToken),
    });
    await h.app.inject({
      method: 'DELETE',
      url: `/api/events/${event.id}/rooms/${room.id}`,
      headers: bearer(adminToken),
    });
    const done = nextFact(viewer, 'event:updated');
    await api('PATCH', `/api/events/${event.id}`, adminToken, { phase: 'voting' });
    await done;
    expect(seen.map((e) => e.name)).toEqual([
      'room:created',
      'room:updated',
      'slot:created',
      'slot:updated',
      'slot:deleted',
      'room:deleted',
      'event:updated',
    ]);
    const versions = seen.map((e) => (e.payload as { version: number }).version);
    expect(versions).toEqual(versions.map((_, i) => versions[0]! + i));
  });

  it('pushes nothing and keeps the version for a vote that changes nothing and for a join', async () => {
    const { event, adminToken } = await seedEvent(h.app);
    const ada = await joinAs(h.app, event.joinCode, 'Ada');
    const id = (
      await api('POST', `/api/events/${event.id}/proposals`, ada.token, { title: 'X' })
    ).json().proposal.id;
    const voteUrl = `/api/events/${event.id}/proposals/${id}/vote`;
    const adaSocket = await h.socket({ eventId: event.id, token: ada.token });
    const sockets = [
      adaSocket,
      await h.socket({ eventId: event.id, token: adminToken }),
      await h.socket({ eventId: event.id }),
    ];
    // Every socket has had all of the first vote's facts before recording starts.
    const delivered = Promise.all([
      nextFact(adaSocket, 'vote:changed'),
      nextFact(sockets[1]!, 'ballot:changed'),
      ...sockets.map((s) => nextFact(s, 'tally:changed')),
    ]);
    const first = (await api('PUT', voteUrl, ada.token, { dots: 2 })).json();
    await delivered;
    const before = (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json();
    expect(before.version).toBe(first.version);

    const seen = sockets.map(record);
    // The same dots again (a retry, another tab): 200 with the current version, as before.
    const again = await api('PUT', voteUrl, ada.token, { dots: 2 });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ dots: 2, remaining: 3, version: first.version });
    // Taking back dots one never gave.
    const other = (
      await api('POST', `/api/events/${event.id}/proposals`, adminToken, { title: 'Y' })
    ).json().proposal.id;
    const created = (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json();
    const none = await api('PUT', `/api/events/${event.id}/proposals/${other}/vote`, ada.token, {
      dots: 0,
    });
    expect(none.json()).toEqual({ dots: 0, remaining: 3, version: created.version });
    // Joining is nobody else's business: no version, no fact.
    await joinAs(h.app, event.joinCode, 'Bo');

    // Give a stray frame time to arrive (a frame window is 100 ms) before asserting none did.
    await new Promise((r) => setTimeout(r, 300));
    const after = (await h.app.inject({ method: 'GET', url: `/api/events/${event.id}` })).json();
    expect(after.version).toBe(created.version);
    // The one change among them, pitching Y, is all that was pushed.
    for (const facts of seen) expect(facts.map((f) => f.name)).toEqual(['proposal:created']);
  });
});
