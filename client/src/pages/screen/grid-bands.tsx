import { formatTime } from '../../i18n/format';
import { t } from '../../i18n';
import type { Slot } from '../../../../shared/schemas/slot';
import { useSession } from '../../session/session-context';
import type { GridView } from './grid-view';

/** The slots that are over, as one quiet line: the whole day is on everyone's phone. */
export function EarlierBand(props: { slots: Slot[] }) {
  const session = useSession();
  const tz = () => session.state.event?.timezone ?? 'UTC';
  return (
    <div class="screen-grid__row screen-grid__row--earlier" role="row" data-testid="screen-earlier">
      <div class="screen-grid__time" role="rowheader" />
      <div class="screen-band" role="cell">
        {t('screen.earlier', {
          count: props.slots.length,
          from: formatTime(props.slots[0]!.startsAt, tz()),
          to: formatTime(props.slots[props.slots.length - 1]!.endsAt, tz()),
        })}
      </div>
    </div>
  );
}

/** Slots that did not fit, by their start times: later ones, or the end of a day gone by. */
export function LaterBand(props: { ids: string[]; view: GridView }) {
  const session = useSession();
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const folded = () => props.view.day().shown.filter((s) => props.ids.includes(s.slot.id));
  const times = () =>
    folded()
      .map(({ slot }) => {
        const time = formatTime(slot.startsAt, tz());
        return slot.kind === 'session'
          ? time
          : `${time} ${slot.label || t(`slotKind.${slot.kind}`)}`;
      })
      .join(' · ');
  const over = () => folded().every((s) => s.tense === 'past');
  return (
    <div
      class="screen-grid__row screen-grid__row--later-band"
      role="row"
      data-testid="screen-later"
    >
      <div class="screen-grid__time" role="rowheader" />
      <div class="screen-band" role="cell">
        {t(over() ? 'screen.alsoToday' : 'screen.later', { times: times() })}
      </div>
    </div>
  );
}
