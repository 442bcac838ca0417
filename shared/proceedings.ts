import { publishedAgenda } from './export/published-agenda';
import type { ExportSource } from './export/export-source';
import type { Format } from './formats';
import { agendaVisible, talliesVisible } from './phases';
import { zonedDate } from './zoned-time';

/**
 * The proceedings (issue 10 §2): every session of the published agenda, day by day and slot by
 * slot, as the public may see it. Built from the public snapshot, so it holds nothing a viewer
 * without a token could not already read; the tally rule is applied here once more so that a
 * snapshot with more in it (a facilitator's) still gives the public's page.
 */

export interface ProceedingsSession {
  id: string;
  title: string;
  description: string;
  hosts: readonly string[];
  format: Format;
  room: string;
  /** Null while blind voting still hides the totals from the public. */
  tally: { dots: number; voters: number } | null;
}

export interface ProceedingsSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  /** Breaks are left out: in a record of the day they are the time between sessions. */
  kind: 'session' | 'plenary';
  label: string;
  /** In room order; empty for a plenary. */
  sessions: ProceedingsSession[];
}

export interface ProceedingsDay {
  /** YYYY-MM-DD on the event's clock. */
  date: string;
  slots: ProceedingsSlot[];
}

export type Proceedings =
  | { published: false }
  | { published: true; days: ProceedingsDay[]; sessions: number; rooms: number };

/** Before the agenda is published (the rule calendar.ics follows), there is nothing to list. */
export function proceedingsOf(source: ExportSource): Proceedings {
  const { event } = source;
  if (!agendaVisible(event.phase, 'participant')) return { published: false };
  const showTallies = talliesVisible(event.phase, event.blindVoting, 'participant');
  const agenda = publishedAgenda(source);

  const slots: ProceedingsSlot[] = agenda.slots.flatMap((slot) => {
    if (slot.kind === 'break') return [];
    const sessions = agenda.sessions
      .filter((s) => s.slot.id === slot.id)
      .map(({ room, proposal: p }) => ({
        id: p.id,
        title: p.title,
        description: p.description,
        hosts: p.hosts,
        format: p.format,
        room: room.name,
        tally:
          showTallies && p.dots !== null && p.voters !== null
            ? { dots: p.dots, voters: p.voters }
            : null,
      }));
    if (slot.kind === 'session' && sessions.length === 0) return [];
    const { id, startsAt, endsAt, kind, label } = slot;
    return [{ id, startsAt, endsAt, kind, label, sessions }];
  });

  const days: ProceedingsDay[] = [];
  for (const slot of slots) {
    const date = zonedDate(Date.parse(slot.startsAt), event.timezone);
    const last = days[days.length - 1];
    if (last?.date === date) last.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return {
    published: true,
    days,
    sessions: agenda.sessions.length,
    rooms: new Set(agenda.sessions.map((s) => s.room.id)).size,
  };
}
