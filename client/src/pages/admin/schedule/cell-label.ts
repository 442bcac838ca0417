import { locale } from '../../../i18n';
import { formatTime } from '../../../i18n/format';
import type { EventState } from '../../../stores/event-store';
import { zonedDate } from '../../../../../shared/zoned-time';

const weekdays = new Map<string, Intl.DateTimeFormat>();

function weekday(iso: string, timeZone: string): string {
  const key = `${locale()}|${timeZone}`;
  let f = weekdays.get(key);
  if (!f)
    weekdays.set(key, (f = new Intl.DateTimeFormat(locale(), { timeZone, weekday: 'short' })));
  return f.format(new Date(iso));
}

/** Whether the slots fall on more than one day of the event's calendar. */
function spansDays(state: EventState, timeZone: string): boolean {
  const first = state.slots[0];
  const last = state.slots[state.slots.length - 1];
  if (!first || !last) return false;
  return (
    zonedDate(Date.parse(first.startsAt), timeZone) !==
    zonedDate(Date.parse(last.startsAt), timeZone)
  );
}

/** "Biblioteket · 09:30" on the event's clock; with a weekday when the event spans days. */
export function cellLabel(state: EventState, cell: { roomId: string; slotId: string }): string {
  const tz = state.event?.timezone ?? 'UTC';
  const room = state.rooms.find((r) => r.id === cell.roomId)?.name ?? '?';
  const slot = state.slots.find((s) => s.id === cell.slotId);
  if (!slot) return room;
  const time = formatTime(slot.startsAt, tz);
  return `${room} · ${spansDays(state, tz) ? `${weekday(slot.startsAt, tz)} ${time}` : time}`;
}

/** Sort key for cells: time first, then the rooms' order on the grid. */
export function cellOrder(state: EventState, cell: { roomId: string; slotId: string }): string {
  const slot = state.slots.find((s) => s.id === cell.slotId)?.startsAt ?? '';
  const room = state.rooms.find((r) => r.id === cell.roomId)?.position ?? 0;
  return `${slot}|${String(room).padStart(6, '0')}`;
}
