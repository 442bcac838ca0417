import type { ScheduleInstance, SchedulePlacement } from './instance';
import { cellKey, pairKey } from './keys';

export type HardRulesCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether `placements` obey the hard rules of PRODUCT.md, plus: every placement in `fixed`
 * (the "fill empty cells" mode's current grid) is present unchanged, exactly like a pin.
 */
export function checkHardRules(
  instance: ScheduleInstance,
  placements: readonly SchedulePlacement[],
  fixed: readonly SchedulePlacement[] = [],
): HardRulesCheck {
  const rooms = new Set(instance.rooms.map((room) => room.id));
  const slots = new Set(instance.slots.map((slot) => slot.id));
  const sessions = new Map(instance.sessions.map((session) => [session.id, session]));
  const blocked = new Set((instance.blocked ?? []).map((cell) => cellKey(cell)));

  const cellOf = new Map<string, string>();
  const cellUsedBy = new Map<string, string>();
  const hostBusy = new Map<string, string>();
  for (const placement of placements) {
    const { sessionId, roomId, slotId } = placement;
    const session = sessions.get(sessionId);
    if (!session) return fail(`unknown session "${sessionId}"`);
    if (!rooms.has(roomId)) return fail(`session "${sessionId}" is in unknown room "${roomId}"`);
    if (!slots.has(slotId)) return fail(`session "${sessionId}" is in unknown slot "${slotId}"`);
    if (cellOf.has(sessionId)) return fail(`session "${sessionId}" is placed twice`);
    const key = cellKey(placement);
    cellOf.set(sessionId, key);
    if (blocked.has(key))
      return fail(`session "${sessionId}" is in blocked cell ${where(placement)}`);
    const other = cellUsedBy.get(key);
    if (other !== undefined) {
      return fail(`sessions "${other}" and "${sessionId}" share cell ${where(placement)}`);
    }
    cellUsedBy.set(key, sessionId);
    for (const host of session.hosts) {
      const hostKey = pairKey(host, slotId);
      const clash = hostBusy.get(hostKey);
      if (clash !== undefined) {
        return fail(`host "${host}" runs "${clash}" and "${sessionId}" in slot "${slotId}"`);
      }
      hostBusy.set(hostKey, sessionId);
    }
  }

  for (const session of instance.sessions) {
    if (session.pinned && cellOf.get(session.id) !== cellKey(session.pinned)) {
      return fail(`pinned session "${session.id}" is not on ${where(session.pinned)}`);
    }
  }
  for (const placement of fixed) {
    if (cellOf.get(placement.sessionId) !== cellKey(placement)) {
      return fail(`fixed session "${placement.sessionId}" is not on ${where(placement)}`);
    }
  }
  return { ok: true };
}

function where(cell: { roomId: string; slotId: string }): string {
  return `(${cell.roomId}, ${cell.slotId})`;
}

function fail(reason: string): HardRulesCheck {
  return { ok: false, reason };
}
