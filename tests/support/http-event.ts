import type { Api } from './http-api';

/**
 * A small event made through the HTTP API, as people would make it: rooms, slots, participants
 * who pitch and spend their dots. Enough for "Suggest schedule" to have something to place.
 */
export async function seedEventOverHttp(
  api: Api,
  size: { rooms: number; slots: number; participants: number; proposals: number },
) {
  const { event, adminToken } = await api<{
    event: { id: string; joinCode: string };
    adminToken: string;
  }>('POST', '/api/events', undefined, { name: 'Seeded over HTTP', dotsPerParticipant: 5 });
  const base = `/api/events/${event.id}`;

  for (let r = 0; r < size.rooms; r++) {
    await api('POST', `${base}/rooms`, adminToken, { name: `Room ${r + 1}`, capacity: 10 });
  }
  await api('POST', `${base}/slots/batch`, adminToken, {
    slots: Array.from({ length: size.slots }, (_, s) => ({
      startsAt: new Date(Date.UTC(2026, 10, 27, 8 + s)).toISOString(),
      endsAt: new Date(Date.UTC(2026, 10, 27, 8 + s, 45)).toISOString(),
    })),
  });

  const tokens: string[] = [];
  for (let p = 0; p < size.participants; p++) {
    const joined = await api<{ token: string }>('POST', '/api/join', undefined, {
      joinCode: event.joinCode,
      name: `Person ${p + 1}`,
    });
    tokens.push(joined.token);
  }
  const proposalIds: string[] = [];
  for (let i = 0; i < size.proposals; i++) {
    const host = tokens[i % tokens.length]!;
    const { proposal } = await api<{ proposal: { id: string } }>(
      'POST',
      `${base}/proposals`,
      host,
      {
        title: `Session ${i + 1}`,
      },
    );
    proposalIds.push(proposal.id);
  }
  // Each person spreads five dots over three neighbouring proposals, so that interests overlap.
  for (const [p, token] of tokens.entries()) {
    for (const [k, dots] of [2, 2, 1].entries()) {
      const proposalId = proposalIds[(p + k) % proposalIds.length]!;
      await api('PUT', `${base}/proposals/${proposalId}/vote`, token, { dots });
    }
  }
  return { eventId: event.id, adminToken, proposalIds };
}
