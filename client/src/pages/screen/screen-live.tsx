import { Show } from 'solid-js';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { LangToggle } from '../../components/lang-toggle';
import { formatDayOf } from '../../i18n/format';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { createGridView } from './grid-view';
import { JoinCorner } from './join-corner';
import { PageIndicator } from './page-indicator';
import { ScreenClock } from './screen-clock';
import { ScreenGrid } from './screen-grid';

/** The live (and closed) projector: the event, the clock and the way in above the grid. */
export function ScreenLive(props: { now: number; joinCode: string }) {
  const session = useSession();
  const view = createGridView(session, () => props.now);
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const closed = () => session.state.event?.phase === 'closed';
  return (
    <div class="screen-live">
      <header class="screen-head">
        <div class="screen-head__event">
          <h1 class="screen-head__name">{session.state.event?.name}</h1>
          <div class="screen-head__meta">
            <PageIndicator page={view.page()} rooms={session.state.rooms.length} />
            <div class="screen-tools">
              <ConnectionIndicator status={session.status()} />
              <LangToggle />
            </div>
          </div>
        </div>
        <div class="screen-head__when">
          <ScreenClock now={props.now} timeZone={tz()} />
          <p class="screen-head__day">
            <Show when={closed()} fallback={formatDayOf(new Date(props.now).toISOString(), tz())}>
              {t('screen.closed')}
            </Show>
          </p>
        </div>
        <JoinCorner joinCode={props.joinCode} variant="corner" />
      </header>
      <ScreenGrid view={view} />
    </div>
  );
}
