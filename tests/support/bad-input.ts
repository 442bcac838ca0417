import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, joinAs, seedEvent, startApp, type Harness } from './app';

/**
 * Every route gets bad input and must answer a clear 4xx with a known code, and change nothing:
 * the whole database is compared before and after. The cases live in the tests that call this.
 */
let h: Harness;
export interface BadInputContext {
  eventId: string;
  joinCode: string;
  admin: string;
  participant: string;
  roomId: string;
  slotId: string;
  proposalId: string;
}
let ctx: BadInputContext;

function dump(): string {
  const tables = ['events', 'rooms', 'slots', 'participants', 'proposals', 'votes', 'placements'];
  return JSON.stringify(tables.map((t) => h.db.$client.prepare(`select * from ${t}`).all()));
}

export type BadInputCase = {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: (c: BadInputContext) => string;
  as?: 'admin' | 'participant';
  /** The body, or a function of the context (for ids and the join code). */
  body?: unknown;
  raw?: string;
  /** The raw body's content type (default application/json). */
  contentType?: string;
  status: number;
  code?: string;
  /** What the message must say: the field and what is wrong with it. */
  message?: RegExp;
};

export const ev = (c: BadInputContext) => `/api/events/${c.eventId}`;
export const long = (n: number) => 'x'.repeat(n);

/** Boots one app with an event, a room, a slot and a proposal, then runs every case. */
export function runBadInputCases(title: string, cases: BadInputCase[]): void {
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
      joinCode: event.joinCode,
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

  describe(title, () => {
    it.each(cases)('$name → $status', async (c) => {
      const before = dump();
      const token = c.as === 'admin' ? ctx.admin : c.as === 'participant' ? ctx.participant : null;
      const payload =
        typeof c.body === 'function' ? (c.body as (ctx: BadInputContext) => unknown)(ctx) : c.body;
      const res = await h.app.inject({
        method: c.method,
        url: c.url(ctx),
        headers: {
          ...(token ? bearer(token) : {}),
          ...(c.raw !== undefined ? { 'content-type': c.contentType ?? 'application/json' } : {}),
        },
        ...(c.raw !== undefined
          ? { payload: c.raw }
          : payload !== undefined
            ? { payload: payload as object }
            : {}),
      });
      expect(res.statusCode).toBe(c.status);
      const body = res.json();
      expect(body.statusCode).toBe(c.status);
      expect(typeof body.message).toBe('string');
      expect(body.message.length).toBeGreaterThan(0);
      if (c.code) expect(body.code).toBe(c.code);
      if (c.message) expect(body.message).toMatch(c.message);
      expect(dump()).toBe(before);
    });
  });
}
