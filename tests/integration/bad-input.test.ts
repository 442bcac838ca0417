import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

/**
 * Every route gets bad input and must answer a clear 4xx with a known code, and change nothing:
 * the whole database is compared before and after.
 */
let h: Harness;
let ctx: {
  eventId: string;
  admin: string;
  participant: string;
  roomId: string;
  slotId: string;
  proposalId: string;
};

beforeAll(async () => {
  h = await startApp();
  const { event, adminToken } = await seedEvent(h.app);
  const p = await joinAs(h.app, event.joinCode, 'Ada');
  const room = await h.app.inject({
    method: 'POST',
    url: `/api/events/${event.id}/rooms`,
    headers: bearer(adminToken),
    payload: { name: 'Aula', capacity: 30 },
  });
  const slot = await h.app.inject({
    method: 'POST',
    url: `/api/events/${event.id}/slots`,
    headers: bearer(adminToken),
    payload: { startsAt: '2026-11-27T09:00:00Z', endsAt: '2026-11-27T09:45:00Z' },
  });
  const proposal = await h.app.inject({
    method: 'POST',
    url: `/api/events/${event.id}/proposals`,
    headers: bearer(p.token),
    payload: { title: 'Pitch' },
  });
  ctx = {
    eventId: event.id,
    admin: adminToken,
    participant: p.token,
    roomId: room.json().room.id,
    slotId: slot.json().slot.id,
    proposalId: proposal.json().proposal.id,
  };
});
afterAll(async () => {
  await h.close();
});

function dump(): string {
  const tables = ['events', 'rooms', 'slots', 'participants', 'proposals', 'votes', 'placements'];
  return JSON.stringify(tables.map((t) => h.db.$client.prepare(`select * from ${t}`).all()));
}

type Case = {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: (c: typeof ctx) => string;
  as?: 'admin' | 'participant';
  body?: unknown;
  raw?: string;
  status: number;
  code?: string;
};

const ev = (c: typeof ctx) => `/api/events/${c.eventId}`;
const long = (n: number) => 'x'.repeat(n);

const cases: Case[] = [
  {
    name: 'create event: no name',
    method: 'POST',
    url: () => '/api/events',
    body: {},
    status: 400,
  },
  {
    name: 'create event: name too long',
    method: 'POST',
    url: () => '/api/events',
    body: { name: long(121) },
    status: 400,
  },
  {
    name: 'create event: dots as a string',
    method: 'POST',
    url: () => '/api/events',
    body: { name: 'E', dotsPerParticipant: '5' },
    status: 400,
  },
  {
    name: 'create event: zero dots',
    method: 'POST',
    url: () => '/api/events',
    body: { name: 'E', dotsPerParticipant: 0 },
    status: 400,
  },
  {
    name: 'create event: unknown field',
    method: 'POST',
    url: () => '/api/events',
    body: { name: 'E', admin: true },
    status: 400,
  },
  {
    name: 'create event: unknown time zone',
    method: 'POST',
    url: () => '/api/events',
    body: { name: 'E', timezone: 'Mars/Olympus' },
    status: 400,
    code: 'invalid_timezone',
  },
  {
    name: 'create event: unknown language',
    method: 'POST',
    url: () => '/api/events',
    body: { name: 'E', language: 'fi' },
    status: 400,
  },
  {
    name: 'create event: bad date',
    method: 'POST',
    url: () => '/api/events',
    body: { name: 'E', date: '27/11/2026' },
    status: 400,
  },
  {
    name: 'create event: malformed JSON',
    method: 'POST',
    url: () => '/api/events',
    raw: '{"name":',
    status: 400,
  },
  { name: 'snapshot: unknown event', method: 'GET', url: () => '/api/events/nope', status: 404 },
  {
    name: 'snapshot: id with bad characters',
    method: 'GET',
    url: () => '/api/events/a%20b',
    status: 400,
  },
  { name: 'patch event: empty body', method: 'PATCH', url: ev, as: 'admin', body: {}, status: 400 },
  {
    name: 'patch event: unknown phase',
    method: 'PATCH',
    url: ev,
    as: 'admin',
    body: { phase: 'party' },
    status: 400,
  },
  {
    name: 'patch event: negative dots',
    method: 'PATCH',
    url: ev,
    as: 'admin',
    body: { maxDotsPerProposal: -1 },
    status: 400,
  },
  {
    name: 'patch event: unknown time zone',
    method: 'PATCH',
    url: ev,
    as: 'admin',
    body: { timezone: 'Nowhere' },
    status: 400,
    code: 'invalid_timezone',
  },
  {
    name: 'patch event: no token',
    method: 'PATCH',
    url: ev,
    body: { name: 'X' },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'patch event: participant token',
    method: 'PATCH',
    url: ev,
    as: 'participant',
    body: { name: 'X' },
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'patch event: unknown event',
    method: 'PATCH',
    url: () => '/api/events/nope',
    as: 'admin',
    body: { name: 'X' },
    status: 404,
  },
  {
    name: 'add room: no capacity',
    method: 'POST',
    url: (c) => `${ev(c)}/rooms`,
    as: 'admin',
    body: { name: 'R' },
    status: 400,
  },
  {
    name: 'add room: zero capacity',
    method: 'POST',
    url: (c) => `${ev(c)}/rooms`,
    as: 'admin',
    body: { name: 'R', capacity: 0 },
    status: 400,
  },
  {
    name: 'add room: empty name',
    method: 'POST',
    url: (c) => `${ev(c)}/rooms`,
    as: 'admin',
    body: { name: '', capacity: 5 },
    status: 400,
  },
  {
    name: 'add room: long notes',
    method: 'POST',
    url: (c) => `${ev(c)}/rooms`,
    as: 'admin',
    body: { name: 'R', capacity: 5, notes: long(201) },
    status: 400,
  },
  {
    name: 'add room: participant',
    method: 'POST',
    url: (c) => `${ev(c)}/rooms`,
    as: 'participant',
    body: { name: 'R', capacity: 5 },
    status: 403,
  },
  {
    name: 'edit room: empty body',
    method: 'PATCH',
    url: (c) => `${ev(c)}/rooms/${c.roomId}`,
    as: 'admin',
    body: {},
    status: 400,
  },
  {
    name: 'edit room: capacity as text',
    method: 'PATCH',
    url: (c) => `${ev(c)}/rooms/${c.roomId}`,
    as: 'admin',
    body: { capacity: 'big' },
    status: 400,
  },
  {
    name: 'edit room: unknown room',
    method: 'PATCH',
    url: (c) => `${ev(c)}/rooms/nope`,
    as: 'admin',
    body: { capacity: 3 },
    status: 404,
  },
  {
    name: 'delete room: unknown room',
    method: 'DELETE',
    url: (c) => `${ev(c)}/rooms/nope`,
    as: 'admin',
    status: 404,
  },
  {
    name: 'delete room: no token',
    method: 'DELETE',
    url: (c) => `${ev(c)}/rooms/${c.roomId}`,
    status: 401,
  },
  {
    name: 'add slot: not a date-time',
    method: 'POST',
    url: (c) => `${ev(c)}/slots`,
    as: 'admin',
    body: { startsAt: 'tomorrow', endsAt: '2026-11-27T10:00:00Z' },
    status: 400,
  },
  {
    name: 'add slot: ends before it starts',
    method: 'POST',
    url: (c) => `${ev(c)}/slots`,
    as: 'admin',
    body: { startsAt: '2026-11-27T10:00:00Z', endsAt: '2026-11-27T09:00:00Z' },
    status: 400,
    code: 'invalid_time_range',
  },
  {
    name: 'add slot: unknown kind',
    method: 'POST',
    url: (c) => `${ev(c)}/slots`,
    as: 'admin',
    body: { startsAt: '2026-11-27T10:00:00Z', endsAt: '2026-11-27T11:00:00Z', kind: 'lunch' },
    status: 400,
  },
  {
    name: 'add slots: empty batch',
    method: 'POST',
    url: (c) => `${ev(c)}/slots/batch`,
    as: 'admin',
    body: { slots: [] },
    status: 400,
  },
  {
    name: 'add slots: batch too large',
    method: 'POST',
    url: (c) => `${ev(c)}/slots/batch`,
    as: 'admin',
    body: {
      slots: Array.from({ length: 101 }, () => ({
        startsAt: '2026-11-27T10:00:00Z',
        endsAt: '2026-11-27T11:00:00Z',
      })),
    },
    status: 400,
  },
  {
    name: 'edit slot: empty body',
    method: 'PATCH',
    url: (c) => `${ev(c)}/slots/${c.slotId}`,
    as: 'admin',
    body: {},
    status: 400,
  },
  {
    name: 'edit slot: unknown slot',
    method: 'PATCH',
    url: (c) => `${ev(c)}/slots/nope`,
    as: 'admin',
    body: { label: 'x' },
    status: 404,
  },
  {
    name: 'delete slot: unknown slot',
    method: 'DELETE',
    url: (c) => `${ev(c)}/slots/nope`,
    as: 'admin',
    status: 404,
  },
  {
    name: 'delete slot: participant',
    method: 'DELETE',
    url: (c) => `${ev(c)}/slots/${c.slotId}`,
    as: 'participant',
    status: 403,
  },
  { name: 'join: no code', method: 'POST', url: () => '/api/join', body: {}, status: 400 },
  {
    name: 'join: unknown code',
    method: 'POST',
    url: () => '/api/join',
    body: { joinCode: 'ZZZZZZ' },
    status: 404,
    code: 'join_code_not_found',
  },
  {
    name: 'join: name too long',
    method: 'POST',
    url: () => '/api/join',
    body: { joinCode: 'ZZZZZZ', name: long(61) },
    status: 400,
  },
  { name: 'code lookup: unknown code', method: 'GET', url: () => '/api/codes/ZZZZZZ', status: 404 },
  {
    name: 'pitch: no title',
    method: 'POST',
    url: (c) => `${ev(c)}/proposals`,
    as: 'participant',
    body: { description: 'd' },
    status: 400,
  },
  {
    name: 'pitch: blank title',
    method: 'POST',
    url: (c) => `${ev(c)}/proposals`,
    as: 'participant',
    body: { title: '   ' },
    status: 400,
  },
  {
    name: 'pitch: title too long',
    method: 'POST',
    url: (c) => `${ev(c)}/proposals`,
    as: 'participant',
    body: { title: long(121) },
    status: 400,
  },
  {
    name: 'pitch: description too long',
    method: 'POST',
    url: (c) => `${ev(c)}/proposals`,
    as: 'participant',
    body: { title: 'T', description: long(2001) },
    status: 400,
  },
  {
    name: 'pitch: hosts not a list',
    method: 'POST',
    url: (c) => `${ev(c)}/proposals`,
    as: 'participant',
    body: { title: 'T', hosts: 'Ada' },
    status: 400,
  },
  {
    name: 'pitch: unknown format',
    method: 'POST',
    url: (c) => `${ev(c)}/proposals`,
    as: 'participant',
    body: { title: 'T', format: 'rant' },
    status: 400,
  },
  {
    name: 'pitch: no token',
    method: 'POST',
    url: (c) => `${ev(c)}/proposals`,
    body: { title: 'T' },
    status: 401,
  },
  {
    name: 'edit proposal: empty body',
    method: 'PATCH',
    url: (c) => `${ev(c)}/proposals/${c.proposalId}`,
    as: 'participant',
    body: {},
    status: 400,
  },
  {
    name: 'edit proposal: blank title',
    method: 'PATCH',
    url: (c) => `${ev(c)}/proposals/${c.proposalId}`,
    as: 'participant',
    body: { title: ' ' },
    status: 400,
  },
  {
    name: 'edit proposal: unknown proposal',
    method: 'PATCH',
    url: (c) => `${ev(c)}/proposals/nope`,
    as: 'admin',
    body: { title: 'T' },
    status: 404,
  },
  {
    name: 'vote: negative',
    method: 'PUT',
    url: (c) => `${ev(c)}/proposals/${c.proposalId}/vote`,
    as: 'participant',
    body: { dots: -1 },
    status: 400,
  },
  {
    name: 'vote: fractional',
    method: 'PUT',
    url: (c) => `${ev(c)}/proposals/${c.proposalId}/vote`,
    as: 'participant',
    body: { dots: 1.5 },
    status: 400,
  },
  {
    name: 'vote: text',
    method: 'PUT',
    url: (c) => `${ev(c)}/proposals/${c.proposalId}/vote`,
    as: 'participant',
    body: { dots: 'two' },
    status: 400,
  },
  {
    name: 'vote: no dots',
    method: 'PUT',
    url: (c) => `${ev(c)}/proposals/${c.proposalId}/vote`,
    as: 'participant',
    body: {},
    status: 400,
  },
  {
    name: 'vote: over the per-proposal cap',
    method: 'PUT',
    url: (c) => `${ev(c)}/proposals/${c.proposalId}/vote`,
    as: 'participant',
    body: { dots: 4 },
    status: 409,
    code: 'proposal_cap_exceeded',
  },
  {
    name: 'vote: unknown proposal',
    method: 'PUT',
    url: (c) => `${ev(c)}/proposals/nope/vote`,
    as: 'participant',
    body: { dots: 1 },
    status: 404,
  },
  {
    name: 'vote: as the facilitator',
    method: 'PUT',
    url: (c) => `${ev(c)}/proposals/${c.proposalId}/vote`,
    as: 'admin',
    body: { dots: 1 },
    status: 403,
  },
  { name: 'unknown route', method: 'GET', url: () => '/api/nothing-here', status: 404 },
];

describe('bad input changes nothing and gets a clear 4xx', () => {
  it.each(cases)('$name → $status', async (c) => {
    const before = dump();
    const token = c.as === 'admin' ? ctx.admin : c.as === 'participant' ? ctx.participant : null;
    const res = await h.app.inject({
      method: c.method,
      url: c.url(ctx),
      headers: {
        ...(token ? bearer(token) : {}),
        ...(c.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(c.raw !== undefined
        ? { payload: c.raw }
        : c.body !== undefined
          ? { payload: c.body as object }
          : {}),
    });
    expect(res.statusCode).toBe(c.status);
    const body = res.json();
    expect(body.statusCode).toBe(c.status);
    expect(typeof body.message).toBe('string');
    expect(body.message.length).toBeGreaterThan(0);
    if (c.code) expect(body.code).toBe(c.code);
    expect(dump()).toBe(before);
  });
});
