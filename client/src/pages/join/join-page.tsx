import { useNavigate, useParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { isJoinCode, normalizeJoinCode } from '../../../../shared/join-code';
import type { JoinCodeLookup } from '../../../../shared/schemas/event';
import { checkOptionalName } from '../../../../shared/text-input';
import { join, lookUpJoinCode } from '../../api/endpoints';
import { toApiError, type ApiError } from '../../api/http';
import { AppHeader } from '../../components/app-header';
import { CenteredMessage } from '../../components/centered-message';
import { TextHint } from '../../components/text-hint';
import { t } from '../../i18n';
import { useEventLanguage } from '../../i18n/event-language';
import { eventPath } from '../../links';
import { attempt } from '../../session/attempt';
import { errorText } from '../../stores/toasts';
import { readToken, saveToken } from '../../stores/tokens';
import { JoinCodeForm } from '../home/join-code-form';

type Lookup =
  | ({ status: 'found' } & JoinCodeLookup)
  | { status: 'missing' }
  | { status: 'error'; error: ApiError };

async function lookUp(code: string): Promise<Lookup> {
  if (!isJoinCode(code)) return { status: 'missing' };
  try {
    return { status: 'found', ...(await lookUpJoinCode(code)) };
  } catch (err) {
    const error = toApiError(err);
    return error.code === 'not_found' || error.code === 'join_code_not_found'
      ? { status: 'missing' }
      : { status: 'error', error };
  }
}

export function JoinPage() {
  const params = useParams();
  const navigate = useNavigate();
  const code = () => normalizeJoinCode(params.code ?? '');
  const [lookup, { refetch }] = createResource(() => code() || false, lookUp);
  const [name, setName] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const lookupFailure = () => {
    const l = lookup();
    return l?.status === 'error' ? l.error : null;
  };
  const found = () => {
    const l = lookup();
    return l?.status === 'found' ? l : null;
  };

  useEventLanguage(() => {
    const f = found();
    return f && { id: f.eventId, language: f.language };
  });

  // This phone joined before: go straight to the event.
  createEffect(() => {
    const f = found();
    if (f && readToken('participant', f.eventId)) navigate(eventPath(f.eventId), { replace: true });
  });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const joinCode = code();
    const checked = checkOptionalName(name());
    if (!checked.ok) return;
    const given = checked.value || undefined;
    setBusy(true);
    const joined = await attempt(() => join(joinCode, given));
    setBusy(false);
    if (!joined) return;
    saveToken('participant', joined.eventId, joined.token);
    navigate(eventPath(joined.eventId), { replace: true });
  };

  return (
    <>
      <AppHeader />
      <main class="page page--narrow">
        <Switch>
          <Match when={!code()}>
            <section class="card stack">
              <h1 class="card__title">{t('joinCode.title')}</h1>
              <JoinCodeForm labelHidden />
            </section>
          </Match>
          <Match when={lookup.loading}>
            <CenteredMessage title={t('join.loading')} />
          </Match>
          <Match when={lookup()?.status === 'missing'}>
            <section class="card stack">
              <h1 class="card__title">{t('join.notFoundTitle')}</h1>
              <p>{t('join.notFound', { code: code() })}</p>
              <JoinCodeForm />
            </section>
          </Match>
          <Match when={lookupFailure()}>
            {(failed) => (
              <CenteredMessage title={t('join.errorTitle')} body={errorText(failed())}>
                <button type="button" class="button button--primary" onClick={() => void refetch()}>
                  {t('common.retry')}
                </button>
              </CenteredMessage>
            )}
          </Match>
          <Match when={found()}>
            {(event) => (
              <form class="card card--raised stack" onSubmit={submit}>
                <div>
                  <p class="card__eyebrow">{t('join.eyebrow')}</p>
                  <h1 class="card__title card__title--large" data-testid="join-event-name">
                    {event().name}
                  </h1>
                  <p class="card__lead">{t('join.lead')}</p>
                </div>
                <div class="field">
                  <label class="field__label" for="join-name">
                    {t('join.nameLabel')}
                  </label>
                  <input
                    id="join-name"
                    class="input"
                    value={name()}
                    onInput={(e) => setName(e.currentTarget.value)}
                    maxLength={60}
                    autocomplete="name"
                    placeholder={t('join.namePlaceholder')}
                  />
                  <TextHint check={checkOptionalName(name())} />
                  <p class="field__hint">{t('join.nameHint')}</p>
                </div>
                <button
                  type="submit"
                  class="button button--primary button--block"
                  disabled={busy()}
                  data-testid="join-submit"
                >
                  {busy() ? t('join.joining') : t('join.submit')}
                </button>
                <Show when={code()}>
                  <p class="field__hint center">{t('join.codeShown', { code: code() })}</p>
                </Show>
              </form>
            )}
          </Match>
        </Switch>
      </main>
    </>
  );
}
