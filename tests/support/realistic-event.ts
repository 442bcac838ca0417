import { planDay } from '../../shared/day-plan';
import type { apiAt } from './http-api';
import { REALISTIC_PITCHES } from './realistic-pitches';

type Api = ReturnType<typeof apiAt>;

/** A deterministic stream of numbers in [0, 1), so every run seeds the same votes. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * A big Open Space in the middle of the marketplace, through the API as people would make it:
 * six rooms, a day of slots, sixty pitches from their hosts' phones and forty voters' dots.
 */
export async function seedRealisticEvent(api: Api) {
  const { event, adminToken } = await api<{
    event: { id: string; joinCode: string };
    adminToken: string;
  }>('POST', '/api/events', undefined, {
    name: 'Knytkonferens Göteborg 2026',
    date: '2026-11-27',
    language: 'en',
  });
  const eventId = event.id;
  for (const room of [
    { name: 'Biblioteket', capacity: 40, notes: 'Projector' },
    { name: 'Verkstaden', capacity: 16, notes: 'Whiteboards, accessible' },
    { name: 'Glasrummet', capacity: 10 },
    { name: 'Stora salen', capacity: 120, notes: 'Microphones' },
    { name: 'Tornet', capacity: 12, notes: 'Stairs only' },
    { name: 'Kaféet', capacity: 25 },
  ]) {
    await api('POST', `/api/events/${eventId}/rooms`, adminToken, room);
  }
  const plan = planDay({
    date: '2026-11-27',
    timezone: 'Europe/Stockholm',
    firstStart: '09:30',
    lastEnd: '16:00',
    sessionMinutes: 45,
    breakMinutes: 15,
    lunch: { start: '12:00', end: '13:00' },
  });
  if (!plan.ok) throw new Error(plan.reason);
  await api('POST', `/api/events/${eventId}/slots/batch`, adminToken, { slots: plan.slots });

  const join = (name: string) =>
    api<{ token: string }>('POST', '/api/join', undefined, { joinCode: event.joinCode, name });
  const proposalIds: string[] = [];
  for (const pitch of REALISTIC_PITCHES) {
    const host = await join(pitch.hosts[0]!);
    const { proposal } = await api<{ proposal: { id: string } }>(
      'POST',
      `/api/events/${eventId}/proposals`,
      host.token,
      pitch,
    );
    proposalIds.push(proposal.id);
  }

  // Everybody likes a few sessions a lot: dots cluster, as on a real wall.
  const next = sequence(7);
  for (let v = 0; v < 40; v++) {
    const voter = await join(`Voter ${v + 1}`);
    const mine = new Set<string>();
    let left = 5;
    while (left > 0) {
      const id = proposalIds[Math.floor(next() ** 2 * proposalIds.length)]!;
      if (mine.has(id)) continue;
      mine.add(id);
      const dots = Math.min(left, 1 + Math.floor(next() * 3));
      await api('PUT', `/api/events/${eventId}/proposals/${id}/vote`, voter.token, { dots });
      left -= dots;
    }
  }
  return { eventId, joinCode: event.joinCode, adminToken };
}
