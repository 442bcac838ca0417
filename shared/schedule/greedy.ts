import type { ScheduleInstance, SchedulePlacement } from './instance';
import { pairKey as key } from './keys';
import { indexVotes } from './vote-index';

/**
 * The baseline a facilitator would do by hand: sessions with the most dots first, each into the
 * biggest room that still has a free cell, at the earliest slot where none of its hosts is
 * busy. Pins and `fixed` placements are kept. It ignores who voted for what, so it is the
 * yardstick the solver's gain is measured against.
 */
export function greedySchedule(
  instance: ScheduleInstance,
  fixed: readonly SchedulePlacement[] = [],
): SchedulePlacement[] {
  const used = new Set((instance.blocked ?? []).map((cell) => key(cell.roomId, cell.slotId)));
  const busy = new Set<string>();
  const placed = new Map<string, SchedulePlacement>();
  const hostsOf = new Map(instance.sessions.map((session) => [session.id, session.hosts]));
  const put = (placement: SchedulePlacement): void => {
    placed.set(placement.sessionId, placement);
    used.add(key(placement.roomId, placement.slotId));
    for (const host of hostsOf.get(placement.sessionId) ?? []) {
      busy.add(key(host, placement.slotId));
    }
  };

  for (const session of instance.sessions) {
    if (session.pinned) put({ sessionId: session.id, ...session.pinned });
  }
  for (const placement of fixed) {
    if (!placed.has(placement.sessionId)) put({ ...placement });
  }

  const { sessionOf, dots: voteDots } = indexVotes(instance);
  const dotsOf = new Int32Array(instance.sessions.length);
  for (let i = 0; i < sessionOf.length; i++) {
    if (sessionOf[i]! >= 0) dotsOf[sessionOf[i]!]! += voteDots[i]!;
  }
  const dots = new Map(instance.sessions.map((session, s) => [session.id, dotsOf[s]!]));
  // Array.prototype.sort is stable, so ties keep the input order.
  const sessions = instance.sessions
    .filter((session) => !placed.has(session.id))
    .sort((a, b) => dots.get(b.id)! - dots.get(a.id)!);
  const rooms = [...instance.rooms].sort((a, b) => b.capacity - a.capacity);

  for (const session of sessions) {
    search: for (const room of rooms) {
      for (const slot of instance.slots) {
        if (used.has(key(room.id, slot.id))) continue;
        if (session.hosts.some((host) => busy.has(key(host, slot.id)))) continue;
        put({ sessionId: session.id, roomId: room.id, slotId: slot.id });
        break search;
      }
    }
  }
  return [...placed.values()];
}
