import { createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import type { Suggestion } from '../../../../../shared/schemas/schedule';
import type { SuggestMode } from '../../../../../shared/suggest-modes';
import type { ApiError } from '../../../api/http';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import { errorText, showSuccess } from '../../../stores/toasts';
import { Dialog } from './dialog';
import { ScoreComparison } from './score-summary';
import { SuggestOptions } from './suggest-options';
import { SuggestionChanges } from './suggestion-changes';

type Step =
  | { kind: 'choose' }
  | { kind: 'running' }
  | { kind: 'preview'; suggestion: Suggestion; applying: boolean; error: ApiError | null }
  | { kind: 'stale' }
  | { kind: 'failed'; error: ApiError };

/**
 * Suggest schedule: pick how much may change, let the solver think, preview the result
 * against the current grid, then apply it as one undoable step or discard it.
 */
export function SuggestDialog(props: { onClose: () => void }) {
  const session = useAdminSession();
  const [mode, setMode] = createSignal<SuggestMode>(
    session.state.placements.length > 0 ? 'fill' : 'replan',
  );
  const [seconds, setSeconds] = createSignal(1);
  const [step, setStep] = createSignal<Step>({ kind: 'choose' });
  // A run the facilitator walked away from must not pop up later.
  let run = 0;
  onCleanup(() => run++);

  const canRun = () =>
    session.state.rooms.length > 0 && session.state.slots.some((s) => s.kind === 'session');

  async function suggest() {
    const mine = ++run;
    setStep({ kind: 'running' });
    const res = await session.schedule.suggest(mode(), seconds());
    if (mine !== run) return;
    setStep(
      res.ok
        ? { kind: 'preview', suggestion: res.value, applying: false, error: null }
        : { kind: 'failed', error: res.error },
    );
  }

  async function apply(suggestion: Suggestion) {
    setStep({ kind: 'preview', suggestion, applying: true, error: null });
    const res = await session.schedule.applySuggestion(suggestion);
    if (res.ok) {
      showSuccess('schedule.applied');
      props.onClose();
    } else if (res.error.code === 'stale_version') {
      setStep({ kind: 'stale' });
    } else {
      setStep({ kind: 'preview', suggestion, applying: false, error: res.error });
    }
  }

  const preview = () => {
    const s = step();
    return s.kind === 'preview' ? s : null;
  };
  const failed = () => {
    const s = step();
    return s.kind === 'failed' ? s.error : null;
  };

  const footer = () => (
    <Switch>
      <Match when={step().kind === 'choose'}>
        <button type="button" class="button button--ghost" onClick={() => props.onClose()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          class="button button--primary"
          disabled={!canRun()}
          onClick={() => void suggest()}
          data-testid="suggest-run"
        >
          {t('schedule.run')}
        </button>
      </Match>
      <Match when={step().kind === 'running'}>
        <button
          type="button"
          class="button button--ghost"
          onClick={() => {
            run++;
            setStep({ kind: 'choose' });
          }}
        >
          {t('common.cancel')}
        </button>
      </Match>
      <Match when={preview()}>
        {(p) => (
          <>
            <button
              type="button"
              class="button button--ghost"
              disabled={p().applying}
              onClick={() => props.onClose()}
              data-testid="suggest-discard"
            >
              {t('schedule.discard')}
            </button>
            <button
              type="button"
              class="button button--primary"
              disabled={p().applying || p().suggestion.changes.length === 0}
              onClick={() => void apply(p().suggestion)}
              data-testid="suggest-apply"
            >
              {p().applying ? t('schedule.applying') : t('schedule.apply')}
            </button>
          </>
        )}
      </Match>
      <Match when={step().kind === 'stale' || step().kind === 'failed'}>
        <button type="button" class="button button--ghost" onClick={() => props.onClose()}>
          {t('schedule.close')}
        </button>
        <button
          type="button"
          class="button button--primary"
          onClick={() => void suggest()}
          data-testid="suggest-again"
          data-autofocus
        >
          {t('schedule.suggestAgain')}
        </button>
      </Match>
    </Switch>
  );

  return (
    <Dialog
      title={t('schedule.suggestTitle')}
      lead={t('schedule.suggestLead')}
      onClose={props.onClose}
      footer={footer()}
      wide
      focusKey={step().kind}
      testId="suggest-dialog"
    >
      <Switch>
        <Match when={step().kind === 'choose'}>
          <SuggestOptions
            mode={mode()}
            onMode={setMode}
            seconds={seconds()}
            onSeconds={setSeconds}
          />
          <Show when={!canRun()}>
            <p class="callout callout--warning">{t('schedule.needsGrid')}</p>
          </Show>
        </Match>
        <Match when={step().kind === 'running'}>
          <div class="suggest-busy" role="status" data-testid="suggest-busy">
            <p class="suggest-busy__text" tabindex="-1" data-autofocus>
              {t('schedule.thinking', { count: seconds() })}
            </p>
            <div class="suggest-busy__bar" aria-hidden="true">
              <span style={{ 'animation-duration': `${seconds() + 0.4}s` }} />
            </div>
          </div>
        </Match>
        <Match when={preview()}>
          {(p) => (
            <div class="suggest-preview stack" data-testid="suggest-preview">
              <Show when={p().error}>
                {(failure) => (
                  <p class="callout callout--error" role="alert">
                    {errorText(failure())}
                  </p>
                )}
              </Show>
              <Show when={session.state.version > p().suggestion.version && !p().applying}>
                <div class="callout callout--warning suggest-outdated">
                  <span>{t('schedule.outdated')}</span>
                  <button
                    type="button"
                    class="button button--ghost button--small"
                    onClick={() => void suggest()}
                  >
                    {t('schedule.suggestAgain')}
                  </button>
                </div>
              </Show>
              <ScoreComparison
                before={p().suggestion.score.before}
                after={p().suggestion.score.after}
                autofocus
              />
              <SuggestionChanges suggestion={p().suggestion} />
            </div>
          )}
        </Match>
        <Match when={step().kind === 'stale'}>
          <div class="callout callout--warning" role="alert" data-testid="suggest-stale">
            <strong class="callout__title">{t('schedule.staleTitle')}</strong>
            {t('schedule.staleBody')}
          </div>
        </Match>
        <Match when={failed()}>
          {(failure) => (
            <p class="callout callout--error" role="alert" data-testid="suggest-failed">
              {errorText(failure())}
            </p>
          )}
        </Match>
      </Switch>
    </Dialog>
  );
}
