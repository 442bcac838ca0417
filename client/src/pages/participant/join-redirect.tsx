import { useNavigate } from '@solidjs/router';
import { createEffect, createResource, Show } from 'solid-js';
import { fetchSnapshot } from '../../api/endpoints';
import { AppHeader } from '../../components/app-header';
import { CenteredMessage } from '../../components/centered-message';
import { t } from '../../i18n';
import { joinPath } from '../../links';

/** An /e/ link opened on a phone that has not joined: send it to the join page. */
export function JoinRedirect(props: { eventId: string }) {
  const navigate = useNavigate();
  const [snapshot] = createResource(
    () => props.eventId,
    (eventId) => fetchSnapshot(eventId, null),
  );
  createEffect(() => {
    const s = snapshot.error ? undefined : snapshot();
    if (s) navigate(joinPath(s.event.joinCode), { replace: true });
  });
  return (
    <>
      <AppHeader />
      <main class="page page--narrow">
        <Show when={snapshot.error} fallback={<CenteredMessage title={t('common.loading')} />}>
          <CenteredMessage title={t('event.notFoundTitle')} body={t('event.notFound')}>
            <a class="button button--primary" href="/">
              {t('common.home')}
            </a>
          </CenteredMessage>
        </Show>
      </main>
    </>
  );
}
