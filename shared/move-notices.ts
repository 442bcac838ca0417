import type { AgendaInput } from './agenda';
import type { Room } from './schemas/room';
import { zonedDate } from './zoned-time';

/** Where a session of interest was on the published agenda, as this device last saw it. */
export interface SeenSession {
  proposalId: string;
  title: string;
  /** Null while it is not on the agenda (not placed, or placed in a break). */
  roomId: string | null;
  roomName: string | null;
  startsAt: string | null;
}

/** What the agenda looked like to this device at one version. */
export interface SeenAgenda {
  version: number;
  sessions: SeenSession[];
}

export type MoveKind = 'moved' | 'removed' | 'added';

/** One change to a session of interest, in data: the words are the client's, in its language. */
export interface MoveNotice {
  /** `proposalId@version`: one change is one notice, however often it is seen again. */
  id: string;
  kind: MoveKind;
  proposalId: string;
  title: string;
  roomChanged: boolean;
  timeChanged: boolean;
  /** The new time falls on another day of the event than the old one. */
  dayChanged: boolean;
  /** Where it is now (null for `removed`). */
  roomName: string | null;
  startsAt: string | null;
  /** Where it was (null for `added`). */
  fromRoomName: string | null;
  fromStartsAt: string | null;
  /** When the device noticed (ms since the epoch). */
  at: number;
}

export interface AgendaState extends AgendaInput {
  rooms: readonly Room[];
}

/**
 * The sessions of interest as the agenda shows them now. Compared by room and start time, not
 * by slot id, so an edited slot time is a move too and a swap between equal slots is not.
 */
export function seenSessions(state: AgendaState, interest: ReadonlySet<string>): SeenSession[] {
  const rooms = new Map(state.rooms.map((r) => [r.id, r]));
  const slots = new Map(state.slots.map((s) => [s.id, s]));
  const placed = new Map(state.placements.map((p) => [p.proposalId, p]));
  return state.proposals
    .filter((p) => interest.has(p.id))
    .map((p) => {
      const placement = placed.get(p.id);
      const room = placement && rooms.get(placement.roomId);
      const slot = placement && slots.get(placement.slotId);
      const onAgenda = room && slot?.kind === 'session';
      return {
        proposalId: p.id,
        title: p.title,
        roomId: onAgenda ? room.id : null,
        roomName: onAgenda ? room.name : null,
        startsAt: onAgenda ? slot.startsAt : null,
      };
    });
}

/**
 * The notices for what changed between two views of the published agenda. Only the sessions
 * seen before can have moved: a session that just became of interest is where it is. A session
 * no longer of interest says nothing, unless it left the agenda with its proposal (hidden,
 * merged away), which is news to anyone who cared. An older or equal version is a view already
 * compared (a stored copy shown before the server's), so it yields nothing.
 */
export function moveNotices(
  before: SeenAgenda,
  after: SeenAgenda,
  /** Every proposal this viewer still has, of interest or not. */
  existing: ReadonlySet<string>,
  timeZone: string,
  at: number,
): MoveNotice[] {
  if (after.version <= before.version) return [];
  const now = new Map(after.sessions.map((s) => [s.proposalId, s]));
  const notices: MoveNotice[] = [];
  for (const was of before.sessions) {
    const is = now.get(was.proposalId);
    if (!is && existing.has(was.proposalId)) continue;
    const kind = changeOf(was, is);
    if (!kind) continue;
    const roomChanged = kind === 'moved' && was.roomId !== is!.roomId;
    const timeChanged = kind === 'moved' && was.startsAt !== is!.startsAt;
    notices.push({
      id: `${was.proposalId}@${after.version}`,
      kind,
      proposalId: was.proposalId,
      title: is?.title ?? was.title,
      roomChanged,
      timeChanged,
      dayChanged:
        timeChanged &&
        zonedDate(Date.parse(was.startsAt!), timeZone) !==
          zonedDate(Date.parse(is!.startsAt!), timeZone),
      roomName: is?.roomName ?? null,
      startsAt: is?.startsAt ?? null,
      fromRoomName: was.roomName,
      fromStartsAt: was.startsAt,
      at,
    });
  }
  return notices;
}

function changeOf(was: SeenSession, is: SeenSession | undefined): MoveKind | null {
  const wasOn = was.startsAt !== null;
  const isOn = is?.startsAt != null;
  if (wasOn && !isOn) return 'removed';
  if (!wasOn && isOn) return 'added';
  if (wasOn && (was.roomId !== is!.roomId || was.startsAt !== is!.startsAt)) return 'moved';
  return null;
}
