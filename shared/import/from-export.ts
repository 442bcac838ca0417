import type { EventExport } from '../schemas/event-export';
import { dateAt, nameAt, optionalNameAt, slotTimesAt, textAt, timezoneAt } from './import-checks';
import { checked, refuse, type ImportCheck } from './import-plan';

/** Ids must be unique per list: a placement has to name one room, one slot, one session. */
function keysOf(list: readonly { id: string }[], path: string): Set<string> {
  const keys = new Set<string>();
  list.forEach((item, i) => {
    if (keys.has(item.id)) refuse(`${path}/${i}/id`, `"${item.id}" is used twice`);
    keys.add(item.id);
  });
  return keys;
}

/**
 * An export (already valid against EventExportSchema) as a new event: texts, dates and times
 * pass the same checks as the API's, and the grid must hold (one session per cell, no
 * session twice, no session in a break).
 */
export function planFromExport(doc: EventExport): ImportCheck {
  return checked(() => {
    const roomKeys = keysOf(doc.rooms, 'rooms');
    keysOf(doc.slots, 'slots');
    keysOf(doc.sessions, 'sessions');
    const timezone = timezoneAt('event/timezone', doc.event.timezone);
    const slots = doc.slots.map((s, i) => ({
      key: s.id,
      ...slotTimesAt(`slots/${i}`, Date.parse(s.startsAt), Date.parse(s.endsAt)),
      kind: s.kind,
      label: optionalNameAt(`slots/${i}/label`, s.label),
    }));
    const sessions = doc.sessions.map((s, i) => ({
      key: s.id,
      title: nameAt(`sessions/${i}/title`, s.title),
      description: textAt(`sessions/${i}/description`, s.description),
      hosts: [...new Set(s.hosts.map((h, k) => nameAt(`sessions/${i}/hosts/${k}`, h)))],
      format: s.format,
      hidden: s.hidden,
    }));

    const slotOf = new Map(slots.map((s) => [s.key, s]));
    const sessionKeys = new Set(sessions.map((s) => s.key));
    const cells = new Set<string>();
    const placed = new Set<string>();
    for (const [i, p] of doc.placements.entries()) {
      const at = `placements/${i}`;
      // A session hidden after it was placed keeps its cell, as it does on the grid.
      if (!sessionKeys.has(p.sessionId)) refuse(`${at}/sessionId`, `no session "${p.sessionId}"`);
      if (!roomKeys.has(p.roomId)) refuse(`${at}/roomId`, `no room "${p.roomId}"`);
      const slot = slotOf.get(p.slotId) ?? refuse(`${at}/slotId`, `no slot "${p.slotId}"`);
      if (slot.kind !== 'session')
        refuse(`${at}/slotId`, `"${p.slotId}" is a ${slot.kind}: it takes no sessions`);
      if (placed.has(p.sessionId)) refuse(`${at}/sessionId`, `"${p.sessionId}" is placed twice`);
      const cell = `${p.roomId}|${p.slotId}`;
      if (cells.has(cell))
        refuse(at, `room "${p.roomId}" already holds a session in slot "${p.slotId}"`);
      placed.add(p.sessionId);
      cells.add(cell);
    }

    return {
      event: {
        name: nameAt('event/name', doc.event.name),
        date: doc.event.date === null ? null : dateAt('event/date', doc.event.date),
        timezone,
        language: doc.event.language,
        dotsPerParticipant: doc.event.dotsPerParticipant,
        maxDotsPerProposal: doc.event.maxDotsPerProposal,
        blindVoting: doc.event.blindVoting,
      },
      rooms: doc.rooms.map((r, i) => ({
        key: r.id,
        name: nameAt(`rooms/${i}/name`, r.name),
        capacity: r.capacity,
        notes: optionalNameAt(`rooms/${i}/notes`, r.notes),
      })),
      slots,
      sessions,
      placements: doc.placements.map((p) => ({
        session: p.sessionId,
        room: p.roomId,
        slot: p.slotId,
        pinned: p.pinned,
      })),
    };
  });
}
