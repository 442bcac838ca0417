import { joinCodeFrom } from '../../shared/join-code';
import type { EventSettings } from '../../shared/import/import-plan';
import { hashToken } from '../auth/tokens';
import type { Db } from '../db/client';
import { events } from '../db/schema';
import type { Clock, IdSource } from '../deps';
import { findEventByJoinCode, type Tx } from './events-repo';

/**
 * A new event's row, with a fresh join code and admin token (the token is returned once and
 * only its hash stored). Call it inside the transaction that writes the rest of the event.
 */
export function insertNewEvent(
  db: Db,
  tx: Tx,
  deps: { ids: IdSource; clock: Clock },
  settings: EventSettings,
) {
  const adminToken = deps.ids.token();
  const adminTokenHash = hashToken(adminToken);
  // A clash of two random six-letter codes is rare but possible: draw again. (The one
  // connection's prepared statement reads inside this transaction.)
  let joinCode = joinCodeFrom(deps.ids.joinCodeInts());
  while (findEventByJoinCode(db, joinCode)) joinCode = joinCodeFrom(deps.ids.joinCodeInts());
  const row = tx
    .insert(events)
    .values({
      id: deps.ids.id(),
      joinCode,
      ...settings,
      adminTokenHash,
      createdAt: new Date(deps.clock.now()),
    })
    .returning()
    .get();
  return { row, adminToken, adminTokenHash };
}
