import { distinctAvoidPairs } from './avoid-pairs';
import { totalOf, type ScheduleInstance, type SchedulePlacement, type Score } from './instance';

/**
 * The score the product reports and the solver maximises. Written for clarity, not speed: the
 * solver keeps its own incremental bookkeeping and its answers are checked against this.
 * Assumes each session appears at most once in `placements` (see checkHardRules).
 */
export function scoreSchedule(
  instance: ScheduleInstance,
  placements: readonly SchedulePlacement[],
): Score {
  const capacity = new Map(instance.rooms.map((room) => [room.id, room.capacity]));
  const slotIds = new Set(instance.slots.map((slot) => slot.id));
  const sessionIds = new Set(instance.sessions.map((session) => session.id));
  const slotOf = new Map<string, string>();
  const roomOf = new Map<string, string>();
  for (const placement of placements) {
    if (!sessionIds.has(placement.sessionId)) {
      throw new Error(`unknown session "${placement.sessionId}"`);
    }
    if (!capacity.has(placement.roomId)) throw new Error(`unknown room "${placement.roomId}"`);
    if (!slotIds.has(placement.slotId)) throw new Error(`unknown slot "${placement.slotId}"`);
    slotOf.set(placement.sessionId, placement.slotId);
    roomOf.set(placement.sessionId, placement.roomId);
  }

  const bestPerVoterSlot = new Map<string, number>();
  const votersPerSession = new Map<string, number>();
  for (const vote of instance.votes) {
    votersPerSession.set(vote.sessionId, (votersPerSession.get(vote.sessionId) ?? 0) + 1);
    const slotId = slotOf.get(vote.sessionId);
    if (slotId === undefined) continue;
    const key = JSON.stringify([vote.voterId, slotId]);
    bestPerVoterSlot.set(key, Math.max(bestPerVoterSlot.get(key) ?? 0, vote.dots));
  }
  let honoured = 0;
  for (const dots of bestPerVoterSlot.values()) honoured += dots;

  let overflow = 0;
  for (const [sessionId, roomId] of roomOf) {
    const voters = votersPerSession.get(sessionId) ?? 0;
    overflow += Math.max(0, voters - (capacity.get(roomId) ?? 0));
  }

  let avoid = 0;
  for (const [a, b] of distinctAvoidPairs(instance.avoidParallel)) {
    const slotId = slotOf.get(a);
    if (slotId !== undefined && slotId === slotOf.get(b)) avoid += 1;
  }
  return { honoured, overflow, avoid, total: totalOf(honoured, overflow, avoid) };
}
