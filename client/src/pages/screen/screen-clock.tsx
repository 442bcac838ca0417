import { formatTime } from '../../i18n/format';
import { t } from '../../i18n';

/** The time on the event's wall clock, large enough to read from the back of the room. */
export function ScreenClock(props: { now: number; timeZone: string; class?: string }) {
  const iso = () => new Date(props.now).toISOString();
  return (
    <time
      class={`screen-clock ${props.class ?? ''}`}
      dateTime={iso()}
      aria-label={t('screen.clock')}
      data-testid="screen-clock"
    >
      {formatTime(iso(), props.timeZone)}
    </time>
  );
}
