import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
beforeEach(async () => {
  h = await startApp();
});
afterEach(async () => {
  await h.close();
});

describe('POST /api/join', () => {
  it('joins with a code and an optional name, and gives a 128-bit-plus token', async () => {
    const { event } = await seedEvent(h.app);
    const named = await h.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { joinCode: event.joinCode, name: '  Ada  ' },
    });
    expect(named.statusCode).toBe(201);
    expect(named.json()).toMatchObject({ eventId: event.id, participant: { name: 'Ada' } });
    expect(named.json().token.length).toBeGreaterThanOrEqual(22);

    const anonymous = await h.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { joinCode: event.joinCode },
    });
    expect(anonymous.json().participant.name).toBeNull();
    expect(anonymous.json().token).not.toBe(named.json().token);
  });

  it('stores participant tokens only as hashes', async () => {
    const { event } = await seedEvent(h.app);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { joinCode: event.joinCode },
    });
    const rows = h.db.$client.prepare('select * from participants').all();
    expect(JSON.stringify(rows)).not.toContain(res.json().token);
  });

  it('stores who joined, when, in which event', async () => {
    const { event } = await seedEvent(h.app);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { joinCode: event.joinCode.toLowerCase(), name: 'Åsa' },
    });
    const row = h.db.$client
      .prepare('select id, event_id, name, created_at from participants')
      .get() as Record<string, unknown>;
    expect(row).toEqual({
      id: res.json().participant.id,
      event_id: event.id,
      name: 'Åsa',
      created_at: h.clock.now(),
    });
  });

  it('says clearly when no event has the code', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { joinCode: 'ZZZZZZ' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('join_code_not_found');
  });
});
