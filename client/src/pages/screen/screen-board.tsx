import { Match, Switch } from 'solid-js';
import { CenteredMessage } from '../../components/centered-message';
import { t } from '../../i18n';
import { useEventLanguage } from '../../i18n/event-language';
import { createEventSession } from '../../session/event-session';
import { SessionProvider } from '../../session/session-context';
import { createNow } from '../participant/now-next-clock';
import { ScreenBuilding } from './screen-building';
import { ScreenLeaderboard } from './screen-leaderboard';
import { ScreenLive } from './screen-live';
import '../../styles/screen.css';

/** The projector for one event: a public viewer (no token) that follows the phase. */
export function ScreenBoard(props: { eventId: string; joinCode: string }) {
  // eslint-disable-next-line solid/reactivity -- the board is keyed on the event
  const session = createEventSession(props.eventId, 'viewer', null);
  // Follows the facilitator changing the event's language during the day.
  useEventLanguage(() => ({ id: props.eventId, language: session.state.event?.language }));
  const now = createNow();
  const phase = () => session.state.event?.phase;
  const gone = () => session.failure() === 'event_not_found' || session.failure() === 'not_found';

  return (
    <SessionProvider value={session}>
      <div class="screen" data-testid="screen" data-phase={phase()}>
        <Switch>
          <Match when={gone()}>
            <CenteredMessage title={t('event.notFoundTitle')} body={t('event.notFound')} />
          </Match>
          <Match when={!session.loaded()}>
            <CenteredMessage title={t('common.loading')} />
          </Match>
          <Match when={phase() === 'live' || phase() === 'closed'}>
            <ScreenLive now={now()} joinCode={props.joinCode} />
          </Match>
          <Match when={phase() === 'scheduling'}>
            <ScreenBuilding now={now()} joinCode={props.joinCode} />
          </Match>
          <Match when={phase() === 'proposing' || phase() === 'voting'}>
            <ScreenLeaderboard now={now()} joinCode={props.joinCode} />
          </Match>
        </Switch>
      </div>
    </SessionProvider>
  );
}
