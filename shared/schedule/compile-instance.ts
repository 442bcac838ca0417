import { distinctAvoidPairs } from './avoid-pairs';
import { groupStarts, indexVotes } from './vote-index';
import { AVOID_PENALTY, type ScheduleInstance, type SchedulePlacement } from './instance';

/**
 * The instance as integer indices and flat typed arrays, so the search never touches a string
 * or a Map. A cell is `slot * rooms + room`: the cells of one slot are contiguous.
 * Lists per session (votes, hosts, avoid partners) are CSR: items of session s are at
 * [start[s], start[s + 1]).
 */
export interface CompiledInstance {
  readonly rooms: number;
  readonly slots: number;
  readonly sessions: number;
  readonly voters: number;
  readonly hosts: number;
  readonly roomIds: readonly string[];
  readonly slotIds: readonly string[];
  readonly sessionIds: readonly string[];
  readonly capacity: Int32Array;
  readonly blocked: Uint8Array;
  /** The cell a session must keep (pinned or fixed), or -1 when the solver may move it. */
  readonly fixedCell: Int32Array;
  readonly voteStart: Int32Array;
  readonly voteVoter: Int32Array;
  /** Dots as a rank among the distinct dot values, so per-voter bookkeeping stays small. */
  readonly voteLevel: Int32Array;
  /** levelValue[0] = 0 dots; levels ascend. */
  readonly levelValue: Int32Array;
  readonly hostStart: Int32Array;
  readonly hostList: Int32Array;
  readonly avoidStart: Int32Array;
  readonly avoidList: Int32Array;
  readonly avoidPenalty: number;
  /** max(0, voters − capacity) for session * rooms + room. */
  readonly overflowCost: Int32Array;
  readonly voterCount: Int32Array;
  readonly dotsTotal: Int32Array;
}

/**
 * Expects a validated instance. Throws when `fixed` breaks a hard rule on its own, since the
 * caller asked for something impossible rather than something the solver could repair.
 */
export function compileInstance(
  instance: ScheduleInstance,
  fixed: readonly SchedulePlacement[] = [],
): CompiledInstance {
  const rooms = instance.rooms.length;
  const slots = instance.slots.length;
  const sessions = instance.sessions.length;
  const roomIndex = indexOf(instance.rooms.map((room) => room.id));
  const slotIndex = indexOf(instance.slots.map((slot) => slot.id));
  const sessionIndex = indexOf(instance.sessions.map((session) => session.id));
  const lookup = (index: Map<string, number>, id: string, what: string): number => {
    const found = index.get(id);
    if (found === undefined) throw new Error(`unknown ${what} "${id}"`);
    return found;
  };
  const cellOf = (cell: { roomId: string; slotId: string }): number =>
    lookup(slotIndex, cell.slotId, 'slot') * rooms + lookup(roomIndex, cell.roomId, 'room');

  const capacity = Int32Array.from(instance.rooms, (room) => room.capacity);
  const blocked = new Uint8Array(rooms * slots);
  for (const cell of instance.blocked ?? []) blocked[cellOf(cell)] = 1;

  const fixedCell = new Int32Array(sessions).fill(-1);
  instance.sessions.forEach((session, s) => {
    if (session.pinned) fixedCell[s] = cellOf(session.pinned);
  });
  for (const placement of fixed) {
    const s = lookup(sessionIndex, placement.sessionId, 'session');
    const cell = cellOf(placement);
    const current = fixedCell[s]!;
    if (current !== -1 && current !== cell) {
      throw new Error(`fixed session "${placement.sessionId}" is pinned or fixed elsewhere`);
    }
    fixedCell[s] = cell;
  }

  const { voters, voterOf, sessionOf, dots } = indexVotes(instance);
  const stray = sessionOf.indexOf(-1);
  if (stray >= 0) throw new Error(`unknown session "${instance.votes[stray]!.sessionId}"`);
  const values = [...new Set(dots)].sort((a, b) => a - b);
  const levelOf = new Map(values.map((value, i) => [value, i + 1]));
  const voteStart = groupStarts(sessionOf, sessions);
  const cursor = voteStart.slice(0, sessions);
  const voteVoter = new Int32Array(voteStart[sessions]!);
  const voteLevel = new Int32Array(voteStart[sessions]!);
  for (let i = 0; i < sessionOf.length; i++) {
    const at = cursor[sessionOf[i]!]!++;
    voteVoter[at] = voterOf[i]!;
    voteLevel[at] = levelOf.get(dots[i]!)!;
  }
  const levelValue = Int32Array.from([0, ...values]);

  const hostIndex = new Map<string, number>();
  const hostsBySession = groupBy(
    sessions,
    instance.sessions.flatMap((session, s) =>
      session.hosts.map((host) => {
        let h = hostIndex.get(host);
        if (h === undefined) {
          h = hostIndex.size;
          hostIndex.set(host, h);
        }
        return { s, item: h };
      }),
    ),
  );

  const avoidBySession = groupBy(
    sessions,
    distinctAvoidPairs(instance.avoidParallel).flatMap(([a, b]) => {
      const sa = lookup(sessionIndex, a, 'session');
      const sb = lookup(sessionIndex, b, 'session');
      return [
        { s: sa, item: sb },
        { s: sb, item: sa },
      ];
    }),
  );

  const voterCount = new Int32Array(sessions);
  const dotsTotal = new Int32Array(sessions);
  const overflowCost = new Int32Array(sessions * rooms);
  for (let s = 0; s < sessions; s++) {
    const from = voteStart[s]!;
    const to = voteStart[s + 1]!;
    voterCount[s] = to - from;
    let dots = 0;
    for (let i = from; i < to; i++) dots += levelValue[voteLevel[i]!]!;
    dotsTotal[s] = dots;
    for (let r = 0; r < rooms; r++) {
      overflowCost[s * rooms + r] = Math.max(0, to - from - capacity[r]!);
    }
  }

  const compiled: CompiledInstance = {
    rooms,
    slots,
    sessions,
    voters,
    hosts: hostIndex.size,
    roomIds: instance.rooms.map((room) => room.id),
    slotIds: instance.slots.map((slot) => slot.id),
    sessionIds: instance.sessions.map((session) => session.id),
    capacity,
    blocked,
    fixedCell,
    voteStart,
    voteVoter,
    voteLevel,
    levelValue,
    hostStart: hostsBySession.start,
    hostList: hostsBySession.items,
    avoidStart: avoidBySession.start,
    avoidList: avoidBySession.items,
    avoidPenalty: AVOID_PENALTY,
    overflowCost,
    voterCount,
    dotsTotal,
  };
  const reason = fixedConflict(compiled);
  if (reason !== null) throw new Error(reason);
  return compiled;
}

/** Pins were validated with the instance; `fixed` placements join them and must fit too. */
function fixedConflict(model: CompiledInstance): string | null {
  const usedBy = new Int32Array(model.rooms * model.slots).fill(-1);
  const hostBusy = new Int32Array(model.hosts * model.slots).fill(-1);
  for (let s = 0; s < model.sessions; s++) {
    const cell = model.fixedCell[s]!;
    if (cell < 0) continue;
    const name = model.sessionIds[s];
    if (model.blocked[cell]) return `fixed session "${name}" is on a blocked cell`;
    const other = usedBy[cell]!;
    if (other >= 0) return `fixed sessions "${model.sessionIds[other]}" and "${name}" share a cell`;
    usedBy[cell] = s;
    const slot = Math.floor(cell / model.rooms);
    for (let i = model.hostStart[s]!; i < model.hostStart[s + 1]!; i++) {
      const key = model.hostList[i]! * model.slots + slot;
      const clash = hostBusy[key]!;
      if (clash >= 0) {
        return `fixed sessions "${model.sessionIds[clash]}" and "${name}" share a host in one slot`;
      }
      hostBusy[key] = s;
    }
  }
  return null;
}

function indexOf(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function groupBy(
  groups: number,
  entries: readonly { s: number; item: number }[],
): { start: Int32Array; items: Int32Array } {
  const start = groupStarts(
    Int32Array.from(entries, (entry) => entry.s),
    groups,
  );
  const cursor = start.slice(0, groups);
  const items = new Int32Array(entries.length);
  for (const { s, item } of entries) items[cursor[s]!++] = item;
  return { start, items };
}
