import type { ImportPlan } from '../../shared/import/import-plan';
import type { Db } from '../db/client';
import { placements, proposals, rooms, slots } from '../db/schema';
import type { Clock, IdSource } from '../deps';
import { insertNewEvent } from './new-event';

/**
 * A checked import plan as a new event, every row with a new id, in the caller's transaction.
 * No participants and so no votes: the sessions start with no dots.
 */
export function insertImportedEvent(
  db: Db,
  deps: { ids: IdSource; clock: Clock },
  plan: ImportPlan,
) {
  return db.transaction((tx) => {
    const created = insertNewEvent(db, tx, deps, plan.event);
    const eventId = created.row.id;
    const now = deps.clock.now();
    const newIds = (list: readonly { key: string }[]) =>
      new Map(list.map((item) => [item.key, deps.ids.id()]));
    const roomIds = newIds(plan.rooms);
    const slotIds = newIds(plan.slots);
    const sessionIds = newIds(plan.sessions);

    plan.rooms.forEach((r, position) => {
      const { key, ...room } = r;
      tx.insert(rooms)
        .values({ id: roomIds.get(key)!, eventId, ...room, position, createdAt: new Date(now) })
        .run();
    });
    for (const { key, startsAt, endsAt, ...slot } of plan.slots) {
      tx.insert(slots)
        .values({
          id: slotIds.get(key)!,
          eventId,
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
          ...slot,
          createdAt: new Date(now),
        })
        .run();
    }
    // Lists sort proposals by creation: a millisecond apart keeps the file's order.
    plan.sessions.forEach(({ key, ...session }, i) => {
      const at = new Date(now - plan.sessions.length + i);
      tx.insert(proposals)
        .values({
          id: sessionIds.get(key)!,
          eventId,
          authorId: null,
          ...session,
          createdAt: at,
          updatedAt: at,
        })
        .run();
    });
    for (const p of plan.placements) {
      tx.insert(placements)
        .values({
          proposalId: sessionIds.get(p.session)!,
          eventId,
          roomId: roomIds.get(p.room)!,
          slotId: slotIds.get(p.slot)!,
          pinned: p.pinned,
          updatedAt: new Date(now),
        })
        .run();
    }
    return created;
  });
}
