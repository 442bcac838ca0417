import { createEventWithDay, VENUE_DAY } from './event-setup';
import type { Api } from './http-api';
import { REALISTIC_PITCHES } from './realistic-pitches';

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
  const { eventId, joinCode, adminToken } = await createEventWithDay(api, {
    event: { name: 'Knytkonferens Göteborg 2026', date: '2026-11-27', language: 'en' },
    rooms: [
      { name: 'Biblioteket', capacity: 40, notes: 'Projector' },
      { name: 'Verkstaden', capacity: 16, notes: 'Whiteboards, accessible' },
      { name: 'Glasrummet', capacity: 10 },
      { name: 'Stora salen', capacity: 120, notes: 'Microphones' },
      { name: 'Tornet', capacity: 12, notes: 'Stairs only' },
      { name: 'Kaféet', capacity: 25 },
    ],
    day: VENUE_DAY,
  });

  const join = (name: string) =>
    api<{ token: string }>('POST', '/api/join', undefined, { joinCode, name });
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

  await spreadDots(api, { eventId, joinCode, proposalIds, voters: 40 });
  return { eventId, joinCode, adminToken };
}

/**
 * `voters` people join and spend five dots each. Everybody likes a few sessions a lot: dots
 * cluster on the first proposals, as on a real wall, and the same seed gives the same votes.
 */
export async function spreadDots(
  api: Api,
  opts: { eventId: string; joinCode: string; proposalIds: readonly string[]; voters: number },
) {
  const next = sequence(7);
  for (let v = 0; v < opts.voters; v++) {
    const voter = await api<{ token: string }>('POST', '/api/join', undefined, {
      joinCode: opts.joinCode,
      name: `Voter ${v + 1}`,
    });
    const mine = new Set<string>();
    let left = 5;
    while (left > 0) {
      const id = opts.proposalIds[Math.floor(next() ** 2 * opts.proposalIds.length)]!;
      if (mine.has(id)) continue;
      mine.add(id);
      const dots = Math.min(left, 1 + Math.floor(next() * 3));
      await api('PUT', `/api/events/${opts.eventId}/proposals/${id}/vote`, voter.token, { dots });
      left -= dots;
    }
  }
}
