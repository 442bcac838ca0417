import type { MoveNotice } from '../../../shared/move-notices';
import { t } from '../i18n';
import { formatDayOf, formatTime } from '../i18n/format';

/** A time on the event's clock, with its day when the move crossed into another one. */
function when(iso: string, timeZone: string, withDay: boolean): string {
  const time = formatTime(iso, timeZone);
  return withDay ? t('moves.dayTime', { day: formatDayOf(iso, timeZone), time }) : time;
}

/** "Öppna data moved: now 14:15 in Aula", in the language shown now. */
export function moveWords(n: MoveNotice, timeZone: string): string {
  const title = n.title;
  if (n.kind === 'removed' || !n.startsAt) return t('moves.removed', { title });
  const params = { title, room: n.roomName ?? '', time: when(n.startsAt, timeZone, n.dayChanged) };
  if (n.kind === 'added') return t('moves.added', params);
  if (n.roomChanged && n.timeChanged) return t('moves.movedBoth', params);
  return t(n.timeChanged ? 'moves.movedTime' : 'moves.movedRoom', params);
}

/** "Was 13:00 in Sal B": where the session was before, or '' for one just put on the agenda. */
export function wasWords(n: MoveNotice, timeZone: string): string {
  if (!n.fromStartsAt) return '';
  const time = when(n.fromStartsAt, timeZone, n.dayChanged);
  return t('moves.was', { time, room: n.fromRoomName ?? '' });
}
