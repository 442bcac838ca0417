import { useParams } from '@solidjs/router';
import { createEffect, createSignal, Match, Show, Switch } from 'solid-js';
import { AppHeader } from '../../components/app-header';
import { CenteredMessage } from '../../components/centered-message';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { t } from '../../i18n';
import { useEventLanguage } from '../../i18n/event-language';
import { createEventSession } from '../../session/event-session';
import { SessionProvider } from '../../session/session-context';
import { forgetToken, readToken } from '../../stores/tokens';
import { JoinRedirect } from './join-redirect';
import { ParticipantBoard } from './participant-board';
import '../../styles/proposals.css';

export function ParticipantPage() {
  const params = useParams();
  return (
    <Show when={params.eventId} keyed>
      {(eventId) => <ParticipantGate eventId={eventId} />}
    </Show>
  );
}

/** Without a participant token for this event, the person must join first. */
function ParticipantGate(props: { eventId: string }) {
  // eslint-disable-next-line solid/reactivity -- the gate is keyed on eventId
  const eventId = props.eventId;
  const [token, setToken] = createSignal(readToken('participant', eventId));
  const rejected = () => {
    forgetToken('participant', eventId);
    setToken(null);
  };
  return (
    <Show when={token()} keyed fallback={<JoinRedirect eventId={eventId} />}>
      {(tk) => <ParticipantView eventId={eventId} token={tk} onTokenRejected={rejected} />}
    </Show>
  );
}

function ParticipantView(props: { eventId: string; token: string; onTokenRejected: () => void }) {
  // eslint-disable-next-line solid/reactivity -- the view is keyed on eventId and token
  const session = createEventSession(props.eventId, 'participant', props.token);
  useEventLanguage(() => ({ id: props.eventId, language: session.state.event?.language }));
  createEffect(() => {
    const failure = session.failure();
    if (failure === 'unauthorized' || failure === 'forbidden') props.onTokenRejected();
  });

  return (
    <SessionProvider value={session}>
      <AppHeader title={session.state.event?.name}>
        <ConnectionIndicator status={session.status()} />
      </AppHeader>
      <Switch>
        <Match when={session.failure() === 'event_not_found' || session.failure() === 'not_found'}>
          <main class="page page--narrow">
            <CenteredMessage title={t('event.notFoundTitle')} body={t('event.notFound')}>
              <a class="button button--primary" href="/">
                {t('common.home')}
              </a>
            </CenteredMessage>
          </main>
        </Match>
        <Match when={!session.loaded()}>
          <main class="page page--narrow">
            <CenteredMessage title={t('common.loading')} />
          </main>
        </Match>
        <Match when={session.loaded()}>
          <ParticipantBoard />
        </Match>
      </Switch>
    </SessionProvider>
  );
}
