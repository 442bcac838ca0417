import { cellKey } from './agenda';
import type { ExportSource } from './export/export-source';
import { publicAgenda, type ProceedingsSession } from './proceedings';
import { groupByDay } from './zoned-time';
import type { SlotKind } from './slot-kinds';

/**
 * The door sheets (issue 10 §3): for each room, the day as it runs in that room, to print and
 * tape beside its door. Read from the same public agenda as the proceedings, so a sheet holds
 * nothing a viewer without a token could not already see.
 */

export interface DoorSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: SlotKind;
  label: string;
  /** What runs in this room; null in a break, a plenary (all rooms) or a session slot left open. */
  session: ProceedingsSession | null;
}

export interface DoorSheet {
  roomId: string;
  /** Unique among the sheets ("Aula (2)"), so that two rooms named alike are told apart. */
  room: string;
  /** YYYY-MM-DD on the event's clock: a sheet holds one day, the one taped up that morning. */
  date: string;
  /** Every slot of the day in time order, breaks and plenaries included. */
  slots: DoorSlot[];
}

export type DoorSheets = { published: false } | { published: true; sheets: DoorSheet[] };

/** A sheet per day and room, days in order and rooms in grid order within a day. */
export function doorSheetsOf(source: ExportSource): DoorSheets {
  const pub = publicAgenda(source);
  if (!pub) return { published: false };
  const { agenda, sessionOf } = pub;
  const placed = new Map(agenda.sessions.map((s) => [cellKey(s.slot.id, s.room.id), s]));

  const sheets = groupByDay(agenda.slots, source.event.timezone).flatMap(({ date, items }) =>
    agenda.rooms.map((room) => ({
      roomId: room.id,
      room: agenda.roomNames.get(room.id)!,
      date,
      slots: items.map(({ id, startsAt, endsAt, kind, label }) => {
        const session = placed.get(cellKey(id, room.id));
        return { id, startsAt, endsAt, kind, label, session: session ? sessionOf(session) : null };
      }),
    })),
  );
  return { published: true, sheets };
}
