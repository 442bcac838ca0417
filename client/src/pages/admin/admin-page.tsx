import { useParams, type RouteSectionProps } from '@solidjs/router';
import { createEffect, Match, onCleanup, onMount, Show, Switch, type JSX } from 'solid-js';
import { AppHeader } from '../../components/app-header';
import { CenteredMessage } from '../../components/centered-message';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { addMessages, t } from '../../i18n';
import { gridMessages } from '../../i18n/grid';
import { phaseMessages } from '../../i18n/phase';
import { scheduleMessages } from '../../i18n/schedule';
import { setupMessages } from '../../i18n/setup';
import { createAdminSession } from '../../session/admin-session';
import { SessionProvider } from '../../session/session-context';
import { forgetToken, readToken, saveToken } from '../../stores/tokens';
// The board and the grid show proposal cards and the participant's pitch form too.
import '../../styles/proposals.css';
import '../../styles/admin.css';

// For the board and the grid alike: both show the tabs, the scheduling tools and phase changes.
addMessages(setupMessages);
addMessages(gridMessages);
addMessages(phaseMessages);
addMessages(scheduleMessages);

/** The facilitator's pages (set-up, schedule grid) share one gate and one live session. */
export function AdminPage(props: RouteSectionProps) {
  const params = useParams();
  return (
    <Show when={params.eventId} keyed>
      {(eventId) => <AdminGate eventId={eventId}>{props.children}</AdminGate>}
    </Show>
  );
}

/**
 * The admin link carries the token in its fragment: keep it on this device, then drop it
 * from the address bar so it does not end up in screenshots or shared tabs.
 */
function takeTokenFromFragment(eventId: string): boolean {
  const fragment = location.hash.slice(1);
  if (!fragment) return false;
  saveToken('admin', eventId, decodeURIComponent(fragment));
  return true;
}

function AdminGate(props: { eventId: string; children: JSX.Element }) {
  // eslint-disable-next-line solid/reactivity -- keyed on eventId by the parent
  const fromLink = takeTokenFromFragment(props.eventId);
  // After the router has finished writing this navigation to the history, not before.
  onMount(() => {
    if (fromLink) {
      setTimeout(() =>
        history.replaceState(history.state, '', location.pathname + location.search),
      );
    }
  });
  // A new admin link pasted into this tab changes only the fragment, which loads nothing: keep
  // its key and start again with it (a page told its old link no longer works, for one).
  const onNewLink = () => {
    if (takeTokenFromFragment(props.eventId)) location.reload();
  };
  window.addEventListener('hashchange', onNewLink);
  onCleanup(() => window.removeEventListener('hashchange', onNewLink));
  // eslint-disable-next-line solid/reactivity -- read once; a new link means a new page load
  const token = readToken('admin', props.eventId);
  return (
    <Show
      when={token}
      fallback={
        <>
          <AppHeader />
          <main class="page page--narrow">
            <CenteredMessage title={t('admin.noAccessTitle')} body={t('admin.noAccess')} />
          </main>
        </>
      }
    >
      {(tk) => (
        <AdminView eventId={props.eventId} token={tk()}>
          {props.children}
        </AdminView>
      )}
    </Show>
  );
}

function AdminView(props: { eventId: string; token: string; children: JSX.Element }) {
  // eslint-disable-next-line solid/reactivity -- the view is keyed on eventId
  const session = createAdminSession(props.eventId, props.token);
  const rejected = () => session.failure() === 'unauthorized' || session.failure() === 'forbidden';
  createEffect(() => {
    if (rejected()) forgetToken('admin', props.eventId);
  });

  return (
    <SessionProvider value={session}>
      <AppHeader title={session.state.event?.name}>
        <ConnectionIndicator status={session.status()} />
      </AppHeader>
      <Switch>
        <Match when={rejected()}>
          <main class="page page--narrow">
            <CenteredMessage title={t('admin.noAccessTitle')} body={t('admin.badLink')} />
          </main>
        </Match>
        <Match when={session.failure()}>
          <main class="page page--narrow">
            <CenteredMessage title={t('event.notFoundTitle')} body={t('event.notFound')} />
          </main>
        </Match>
        <Match when={!session.loaded()}>
          <main class="page page--narrow">
            <CenteredMessage title={t('common.loading')} />
          </main>
        </Match>
        <Match when={session.loaded()}>{props.children}</Match>
      </Switch>
    </SessionProvider>
  );
}
