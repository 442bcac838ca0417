import { useParams } from '@solidjs/router';
import { createResource, Match, Show, Switch, type JSX } from 'solid-js';
import { normalizeJoinCode } from '../../../shared/join-code';
import type { Snapshot } from '../../../shared/schemas/snapshot';
import { fetchSnapshot, lookUpJoinCode } from '../api/endpoints';
import type { ApiError } from '../api/http';
import { t, type MessageKey } from '../i18n';
import { useEventLanguage } from '../i18n/event-language';
import { errorText } from '../stores/toasts';
import { AppHeader } from './app-header';
import { CenteredMessage } from './centered-message';

/**
 * A public page of the event whose join code is in the path (`/…/:code`): the proceedings, the
 * door sheets. No token: it reads the public snapshot once, as anyone may (no socket: a record
 * or a print need not follow the day live, and a reload shows the latest). The join code finds
 * the event as the projector's does, and the page speaks the event's language.
 */
export function PublicSnapshotPage(props: {
  /** The title of the notice when the event cannot be read. */
  loadFailed: MessageKey;
  children: (snapshot: () => Snapshot) => JSX.Element;
}) {
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
                  <CenteredMessage title={t(props.loadFailed)} body={errorText(error())}>
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
        {(s) => props.children(s)}
      </Show>
    </>
  );
}
