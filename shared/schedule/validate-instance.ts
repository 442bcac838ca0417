import type { ScheduleInstance } from './instance';
import { shapeError } from './instance-shape';
import { cellKey, pairKey } from './keys';
import { groupStarts, indexVotes } from './vote-index';

export type InstanceValidation =
  { ok: true; instance: ScheduleInstance } | { ok: false; reason: string };

/**
 * Checks shape first (instance-shape.ts), then ids that must exist or be unique, and pins that
 * contradict the hard rules (the solver assumes a pinned grid is feasible). The reason is one
 * line, fit for a CLI's stderr or an API error message.
 */
export function validateInstance(raw: unknown): InstanceValidation {
  const reason = shapeError(raw) ?? semanticError(raw as ScheduleInstance);
  return reason === null ? { ok: true, instance: raw as ScheduleInstance } : fail(reason);
}

function semanticError(instance: ScheduleInstance): string | null {
  const rooms = new Set<string>();
  for (const room of instance.rooms) {
    if (rooms.has(room.id)) return `duplicate room id "${room.id}"`;
    rooms.add(room.id);
  }
  const slots = new Set<string>();
  for (const slot of instance.slots) {
    if (slots.has(slot.id)) return `duplicate slot id "${slot.id}"`;
    slots.add(slot.id);
  }
  const cellError = (what: string, cell: { roomId: string; slotId: string }): string | null => {
    if (!rooms.has(cell.roomId)) return `${what} refers to unknown room "${cell.roomId}"`;
    if (!slots.has(cell.slotId)) return `${what} refers to unknown slot "${cell.slotId}"`;
    return null;
  };

  const blocked = new Set<string>();
  for (const cell of instance.blocked ?? []) {
    const error = cellError('a blocked cell', cell);
    if (error) return error;
    blocked.add(cellKey(cell));
  }

  const sessions = new Set<string>();
  const pinnedCells = new Map<string, string>();
  const busyHosts = new Map<string, string>();
  for (const session of instance.sessions) {
    if (sessions.has(session.id)) return `duplicate session id "${session.id}"`;
    sessions.add(session.id);
    const hosts = new Set<string>();
    for (const host of session.hosts) {
      if (hosts.has(host)) return `session "${session.id}" lists host "${host}" twice`;
      hosts.add(host);
    }
    const pin = session.pinned;
    if (!pin) continue;
    const error = cellError(`the pin of session "${session.id}"`, pin);
    if (error) return error;
    const key = cellKey(pin);
    if (blocked.has(key)) {
      return `session "${session.id}" is pinned on blocked cell (${pin.roomId}, ${pin.slotId})`;
    }
    const other = pinnedCells.get(key);
    if (other !== undefined) {
      return `sessions "${other}" and "${session.id}" are both pinned on (${pin.roomId}, ${pin.slotId})`;
    }
    pinnedCells.set(key, session.id);
    for (const host of session.hosts) {
      const hostKey = pairKey(host, pin.slotId);
      const clash = busyHosts.get(hostKey);
      if (clash !== undefined) {
        return `pinned sessions "${clash}" and "${session.id}" share host "${host}" in slot "${pin.slotId}"`;
      }
      busyHosts.set(hostKey, session.id);
    }
  }

  const problem = ballotError(instance);
  if (problem) return problem;

  // ["a", "b"] and ["b", "a"], or a pair given twice, are one wish (avoid-pairs.ts).
  for (const [a, b] of instance.avoidParallel ?? []) {
    for (const id of [a, b]) {
      if (!sessions.has(id)) return `an avoid-pair refers to unknown session "${id}"`;
    }
    if (a === b) return `avoid-pair ["${a}", "${b}"] names the same session twice`;
  }
  return null;
}

/** Votes for unknown sessions, and a voter's second entry for one session. */
function ballotError(instance: ScheduleInstance): string | null {
  const { voters, voterOf, sessionOf } = indexVotes(instance);
  const unknown = sessionOf.indexOf(-1);
  if (unknown >= 0) {
    const vote = instance.votes[unknown]!;
    return `a vote by "${vote.voterId}" refers to unknown session "${vote.sessionId}"`;
  }
  const sessions = instance.sessions.length;
  const start = groupStarts(sessionOf, sessions);
  const cursor = start.slice(0, sessions);
  const votersBySession = new Int32Array(sessionOf.length);
  for (let i = 0; i < sessionOf.length; i++)
    votersBySession[cursor[sessionOf[i]!]!++] = voterOf[i]!;
  const lastSession = new Int32Array(voters).fill(-1);
  for (let s = 0; s < sessions; s++) {
    for (let j = start[s]!; j < start[s + 1]!; j++) {
      const voter = votersBySession[j]!;
      if (lastSession[voter] === s) {
        const twice = instance.votes.findIndex(
          (_, i) => sessionOf[i] === s && voterOf[i] === voter,
        );
        const vote = instance.votes[twice]!;
        return `voter "${vote.voterId}" has two vote entries for session "${vote.sessionId}"`;
      }
      lastSession[voter] = s;
    }
  }
  return null;
}

function fail(reason: string): InstanceValidation {
  return { ok: false, reason: reason.replace(/\s+/g, ' ') };
}
