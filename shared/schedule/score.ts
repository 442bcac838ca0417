import { distinctAvoidPairs } from './avoid-pairs';
import { totalOf, type ScheduleInstance, type SchedulePlacement, type Score } from './instance';
import { indexVotes } from './vote-index';

/**
 * The score the product reports and the solver maximises. Written to be read, from the
 * placements alone: the solver keeps its own incremental bookkeeping and its answers are
 * checked against this. Assumes each session appears at most once in `placements` (see
 * checkHardRules).
 */
export function scoreSchedule(
  instance: ScheduleInstance,
  placements: readonly SchedulePlacement[],
): Score {
  const capacity = new Map(instance.rooms.map((room) => [room.id, room.capacity]));
  const slotIndex = new Map(instance.slots.map((slot, t) => [slot.id, t]));
  const sessionIndex = new Map(instance.sessions.map((session, s) => [session.id, s]));
  const slotOf = new Int32Array(instance.sessions.length).fill(-1);
  const roomOf = new Map<string, string>();
  for (const placement of placements) {
    const s = sessionIndex.get(placement.sessionId);
    if (s === undefined) throw new Error(`unknown session "${placement.sessionId}"`);
    if (!capacity.has(placement.roomId)) throw new Error(`unknown room "${placement.roomId}"`);
    const t = slotIndex.get(placement.slotId);
    if (t === undefined) throw new Error(`unknown slot "${placement.slotId}"`);
    slotOf[s] = t;
    roomOf.set(placement.sessionId, placement.roomId);
  }

  // Each voter, in each slot, is honoured their largest vote among the sessions running then.
  const votes = indexVotes(instance);
  const best = new Int32Array(instance.slots.length * votes.voters);
  let honoured = 0;
  for (let i = 0; i < votes.sessionOf.length; i++) {
    const s = votes.sessionOf[i]!;
    const t = s < 0 ? -1 : slotOf[s]!;
    if (t < 0) continue;
    const at = t * votes.voters + votes.voterOf[i]!;
    const dots = votes.dots[i]!;
    if (dots > best[at]!) {
      honoured += dots - best[at]!;
      best[at] = dots;
    }
  }

  const voterCount = new Int32Array(instance.sessions.length);
  for (let i = 0; i < votes.sessionOf.length; i++) {
    if (votes.sessionOf[i]! >= 0) voterCount[votes.sessionOf[i]!]! += 1;
  }
  let overflow = 0;
  for (const [sessionId, roomId] of roomOf) {
    const voters = voterCount[sessionIndex.get(sessionId)!]!;
    overflow += Math.max(0, voters - (capacity.get(roomId) ?? 0));
  }

  const slotOfId = (id: string): number => slotOf[sessionIndex.get(id) ?? -1] ?? -1;
  let avoid = 0;
  for (const [a, b] of distinctAvoidPairs(instance.avoidParallel)) {
    if (slotOfId(a) >= 0 && slotOfId(a) === slotOfId(b)) avoid += 1;
  }
  return { honoured, overflow, avoid, total: totalOf(honoured, overflow, avoid) };
}
