import { indexAgenda, sessionsInSlot } from '../agenda';
import type { Proposal } from '../schemas/proposal';
import type { Room } from '../schemas/room';
import type { Slot } from '../schemas/slot';
import type { ExportSource } from './export-source';

/**
 * The published agenda as the exports for other apps (frab, iCalendar) read it: the sessions
 * that are placed and not hidden, each with its slot and room. Breaks and plenaries hold no
 * sessions; each format decides what to make of them.
 */

export interface PublishedSession {
  slot: Slot;
  room: Room;
  /** The room's name, made unique (see roomNames). */
  roomName: string;
  proposal: Proposal;
}

export interface PublishedAgenda {
  /** In grid order. */
  rooms: Room[];
  roomNames: ReadonlyMap<string, string>;
  /** By start. */
  slots: Slot[];
  /** The proposals not hidden, placed or not, in the order they were pitched. */
  shown: Proposal[];
  /** By slot, then room. */
  sessions: PublishedSession[];
}

/**
 * Apps key rooms by name (frab) or show only the name (a calendar's location): two rooms
 * called alike become "Aula" and "Aula (2)".
 */
function roomNames(rooms: readonly Room[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Map<string, number>();
  for (const room of rooms) {
    const n = (used.get(room.name) ?? 0) + 1;
    used.set(room.name, n);
    names.set(room.id, n === 1 ? room.name : `${room.name} (${n})`);
  }
  return names;
}

export function publishedAgenda(source: ExportSource): PublishedAgenda {
  const rooms = [...source.rooms].sort((a, b) => a.position - b.position);
  const names = roomNames(rooms);
  const slots = [...source.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const shown = source.proposals.filter((p) => !p.hidden);
  const index = indexAgenda({ slots, proposals: shown, placements: source.placements });
  const sessions = slots.flatMap((slot) =>
    sessionsInSlot(slot.id, rooms, index).map(({ room, proposal }) => ({
      slot,
      room,
      roomName: names.get(room.id)!,
      proposal,
    })),
  );
  return { rooms, roomNames: names, slots, shown, sessions };
}
