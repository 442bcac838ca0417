import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, joinAs, seedEvent, startApp, type Harness } from '../support/app';

let h: Harness;
beforeEach(async () => {
  h = await startApp();
});
afterEach(async () => {
  await h.close();
});

const send = async (method: 'POST' | 'PATCH', url: string, token: string, payload: object) => {
  const res = await h.app.inject({ method, url, headers: bearer(token), payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
};

describe('names and titles', () => {
  it('are stored trimmed, wherever people type them', async () => {
    const { event, adminToken: admin } = await seedEvent(h.app, { name: '  Knyta 2026 \n' });
    const base = `/api/events/${event.id}`;
    expect(event).toMatchObject({ name: 'Knyta 2026' });
    expect((await send('PATCH', base, admin, { name: '\tKnyta ' })).event.name).toBe('Knyta');

    const { room } = await send('POST', `${base}/rooms`, admin, {
      name: ' Aula ',
      capacity: 30,
      notes: ' projector ',
    });
    expect(room).toMatchObject({ name: 'Aula', notes: 'projector' });
    const edited = await send('PATCH', `${base}/rooms/${room.id}`, admin, {
      name: ' Aula Magna',
      notes: '  ',
    });
    expect(edited.room).toMatchObject({ name: 'Aula Magna', notes: '' });

    const times = { startsAt: '2026-11-27T09:00:00Z', endsAt: '2026-11-27T09:45:00Z' };
    const { slot } = await send('POST', `${base}/slots`, admin, { ...times, label: ' Opening ' });
    expect(slot.label).toBe('Opening');
    const { slots } = await send('POST', `${base}/slots/batch`, admin, {
      slots: [{ ...times, label: '\u00A0Lunch\u00A0' }],
    });
    expect(slots[0].label).toBe('Lunch');
    const relabelled = await send('PATCH', `${base}/slots/${slot.id}`, admin, {
      label: ' Keynote',
    });
    expect(relabelled.slot.label).toBe('Keynote');

    const ada = await joinAs(h.app, event.joinCode, '  Ada  ');
    expect(ada.participant.name).toBe('Ada');
    expect((await joinAs(h.app, event.joinCode, '   ')).participant.name).toBeNull();

    const { proposal } = await send('POST', `${base}/proposals`, ada.token, {
      title: '  Local-first  ',
      description: ' Line one\r\n\tLine two ',
      hosts: [' Ada ', 'Bo', '  ', 'Bo '],
    });
    expect(proposal).toMatchObject({
      title: 'Local-first',
      description: 'Line one\n\tLine two',
      hosts: ['Ada', 'Bo'],
    });
    const repitched = await send('PATCH', `${base}/proposals/${proposal.id}`, ada.token, {
      title: ' CRDTs ',
      description: '  ',
      hosts: [' Cy'],
    });
    expect(repitched.proposal).toMatchObject({ title: 'CRDTs', description: '', hosts: ['Cy'] });
    // The participant's own (trimmed) name is the host when none is given.
    const own = await send('POST', `${base}/proposals`, ada.token, { title: 'Mine' });
    expect(own.proposal.hosts).toEqual(['Ada']);
  });
});
