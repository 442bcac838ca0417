import { Value } from '@sinclair/typebox/value';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../shared/schemas/snapshot';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
let eventId: string;
let adminToken: string;
let proposalIds: string[];
let ada: { token: string };
beforeEach(async () => {
  h = await startApp();
  const seeded = await seedEvent(h.app);
  eventId = seeded.event.id;
  adminToken = seeded.adminToken;
  ada = await joinAs(h.app, seeded.event.joinCode, 'Åsa');
  proposalIds = [];
  for (const title of ['Öppna data i kommunen', 'Fika-driven utveckling']) {
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/events/${eventId}/proposals`,
      headers: bearer(ada.token),
      payload: { title, description: 'Vi pratar om det. '.repeat(40) },
    });
    proposalIds.push(res.json().proposal.id);
  }
});
afterEach(async () => {
  await h.close();
});

const get = (headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'GET', url: `/api/events/${eventId}`, headers });
const vote = (dots: number) =>
  h.app.inject({
    method: 'PUT',
    url: `/api/events/${eventId}/proposals/${proposalIds[0]}/vote`,
    headers: bearer(ada.token),
    payload: { dots },
  });

describe('snapshots', () => {
  it('answers 304 while nothing changed, and a new body with a new ETag once it did', async () => {
    const first = await get();
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await get({ 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    await vote(2);
    const changed = await get({ 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const voted = changed.json().proposals.find((p: { id: string }) => p.id === proposalIds[0]);
    expect(voted).toMatchObject({ dots: 2, voters: 1 });
  });

  it('gives each participant their own part and ETag over the shared part', async () => {
    const anonymous = await get();
    const mine = await get(bearer(ada.token));
    const bo = await joinAs(h.app, (await get()).json().event.joinCode, 'Bo');
    const bos = await get(bearer(bo.token));
    expect(new Set([anonymous, mine, bos].map((r) => r.headers.etag)).size).toBe(3);
    expect(mine.json().me).toMatchObject({ role: 'participant', participant: { name: 'Åsa' } });

    // Ada's own vote changes her part; an ETag from before no longer matches.
    const before = mine.headers.etag as string;
    await vote(1);
    const after = await get({ ...bearer(ada.token), 'if-none-match': before });
    expect(after.statusCode).toBe(200);
    expect(after.json().me).toMatchObject({ votes: { [proposalIds[0]!]: 1 }, remaining: 4 });
    // Another participant's ETag never validates Ada's snapshot.
    const crossed = await get({ ...bearer(ada.token), 'if-none-match': bos.headers.etag! });
    expect(crossed.statusCode).toBe(200);
  });

  it('sends gzip when asked, the same JSON as without, and valid for every audience', async () => {
    for (const headers of [{}, bearer(ada.token), bearer(adminToken)]) {
      const plain = await get(headers);
      const zipped = await get({ ...headers, 'accept-encoding': 'br;q=1, gzip;q=0.8' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toContain('accept-encoding');
      expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      const unzipped = gunzipSync(zipped.rawPayload).toString();
      expect(unzipped).toBe(plain.body);
      expect(Value.Check(SnapshotSchema, JSON.parse(unzipped))).toBe(true);
      expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');

      const refused = await get({ ...headers, 'accept-encoding': 'gzip;q=0, identity' });
      expect(refused.headers['content-encoding']).toBeUndefined();
    }
  });

  it('shows facilitators what changed without a new version, such as a "not in parallel" pair', async () => {
    const before = await get(bearer(adminToken));
    expect(before.json().admin.avoidPairs).toEqual([]);
    const paired = await h.app.inject({
      method: 'POST',
      url: `/api/events/${eventId}/avoid-pairs`,
      headers: bearer(adminToken),
      payload: { a: proposalIds[0], b: proposalIds[1] },
    });
    expect(paired.statusCode).toBe(201);
    const after = await get({ ...bearer(adminToken), 'if-none-match': before.headers.etag! });
    expect(after.statusCode).toBe(200);
    expect(after.json().admin.avoidPairs).toHaveLength(1);
    expect(after.json().version).toBe(before.json().version);
  });

  it('keeps hidden proposals and blind tallies out of the shared part', async () => {
    await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${eventId}`,
      headers: bearer(adminToken),
      payload: { blindVoting: true },
    });
    await vote(3);
    await h.app.inject({
      method: 'PATCH',
      url: `/api/events/${eventId}/proposals/${proposalIds[1]}`,
      headers: bearer(adminToken),
      payload: { hidden: true },
    });
    for (const headers of [{}, bearer(ada.token)]) {
      const snap = (await get(headers)).json();
      expect(snap.proposals).toHaveLength(1);
      expect(snap.proposals[0]).toMatchObject({ dots: null, voters: null });
    }
    const admin = (await get(bearer(adminToken))).json();
    expect(admin.proposals).toHaveLength(2);
    const voted = admin.proposals.find((p: { id: string }) => p.id === proposalIds[0]);
    expect(voted).toMatchObject({ dots: 3, voters: 1 });
  });
});
