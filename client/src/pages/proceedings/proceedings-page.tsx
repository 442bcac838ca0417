import { useParams } from '@solidjs/router';
import { createResource, Match, Show, Switch } from 'solid-js';
import { normalizeJoinCode } from '../../../../shared/join-code';
import { fetchSnapshot, lookUpJoinCode } from '../../api/endpoints';
import type { ApiError } from '../../api/http';
import { AppHeader } from '../../components/app-header';
import { CenteredMessage } from '../../components/centered-message';
import { addMessages, t } from '../../i18n';
import { useEventLanguage } from '../../i18n/event-language';
import { proceedingsMessages } from '../../i18n/proceedings';
import { errorText } from '../../stores/toasts';
import { ProceedingsView } from './proceedings-view';
import '../../styles/proceedings.css';

addMessages(proceedingsMessages);

/**
 * The proceedings (issue 10 §2) at /proceedings/<join code>: every session of the published
 * agenda on one page, to read on a phone or print. No token: it reads the public snapshot once,
 * as anyone may (no socket: a record of the day need not follow it live, and a reload shows the
 * latest). The join code finds the event as the projector's does. Notes per session come with
 * issue 10 §1; their place is ready under each session (proceedings-session.tsx).
 */
export function ProceedingsPage() {
  const params = useParams();
  const code = () => normalizeJoinCode(params.code ?? '');
  const [found] = createResource(code, (c) => lookUpJoinCode(c));
  const eventId = () => (found.error ? undefined : found()?.eventId);
  const [snapshot] = createResource(eventId, (id) => fetchSnapshot(id, null));
  useEventLanguage(() => {
    const f = found.error ? undefined : found();
    return f && { id: f.eventId, language: f.language };
  });
  // The API's calls fail only with an ApiError (api/http.ts).
  const failure = (): ApiError | undefined => found.error ?? snapshot.error;
  const missing = () =>
    found.error && ['join_code_not_found', 'not_found'].includes((found.error as ApiError).code);

  return (
    <>
      <AppHeader />
      <Show
        // A resource read after it failed throws: ask for its value only when nothing failed.
        when={!failure() && snapshot()}
        fallback={
          <main class="page page--narrow">
            <Switch fallback={<CenteredMessage title={t('common.loading')} />}>
              <Match when={missing()}>
                <CenteredMessage
                  title={t('join.notFoundTitle')}
                  body={t('join.notFound', { code: code() })}
                />
              </Match>
              <Match when={failure()}>
                {(error) => (
                  <CenteredMessage title={t('proceedings.loadFailed')} body={errorText(error())}>
                    <button
                      type="button"
                      class="button button--primary"
                      onClick={() => location.reload()}
                    >
                      {t('common.retry')}
                    </button>
                  </CenteredMessage>
                )}
              </Match>
            </Switch>
          </main>
        }
      >
        {(s) => <ProceedingsView snapshot={s()} />}
      </Show>
    </>
  );
}
