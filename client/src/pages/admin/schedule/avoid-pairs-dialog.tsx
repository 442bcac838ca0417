import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import type { ApiError } from '../../../api/http';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import { errorText } from '../../../stores/toasts';
import { partnersOf } from './avoid-with-dialog';
import { Dialog } from './dialog';
import { ProposalPicker } from './proposal-picker';

/** The pairs as titles; pairs whose proposal has left (merged away) are not worth showing. */
export function useAvoidPairs() {
  const session = useAdminSession();
  const pairs = createMemo(() => {
    const byId = new Map(session.state.proposals.map((p) => [p.id, p]));
    return session.adminView.avoidPairs.flatMap(([a, b]) => {
      const first = byId.get(a);
      const second = byId.get(b);
      return first && second ? [{ a: first, b: second }] : [];
    });
  });
  return pairs;
}

/** "Not in parallel": every pair kept apart, each removable, and two pickers to add one. */
export function AvoidPairsDialog(props: { onClose: () => void }) {
  const session = useAdminSession();
  const pairs = useAvoidPairs();
  const [first, setFirst] = createSignal<string | null>(null);
  const [second, setSecond] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<ApiError | null>(null);
  const addTitleId = createUniqueId();

  const excluded = (id: string | null) => {
    const map = new Map<string, string>();
    if (!id) return map;
    for (const other of partnersOf(session.adminView.avoidPairs, id)) {
      map.set(other, t('schedule.alreadyApart'));
    }
    return map;
  };

  async function add() {
    const a = first();
    const b = second();
    if (!a || !b) return;
    setBusy(true);
    setError(null);
    const res = await session.schedule.addAvoidPair(a, b);
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    setFirst(null);
    setSecond(null);
  }

  return (
    <Dialog
      title={t('schedule.avoidTitle')}
      lead={t('schedule.avoidLead')}
      onClose={props.onClose}
      wide
      testId="avoid-dialog"
      footer={
        <button type="button" class="button button--ghost" onClick={() => props.onClose()}>
          {t('schedule.close')}
        </button>
      }
    >
      <div class="stack">
        <Show
          when={pairs().length > 0}
          fallback={<p class="empty-state">{t('schedule.avoidEmpty')}</p>}
        >
          <ul class="pairs" role="list" data-testid="avoid-pairs">
            <For each={pairs()}>
              {(pair) => (
                <li class="pair" data-testid="avoid-pair">
                  <span class="pair__titles">
                    <span class="pair__title">{pair.a.title}</span>
                    <span class="pair__sep">{t('schedule.pairSep')}</span>
                    <span class="pair__title">{pair.b.title}</span>
                  </span>
                  <button
                    type="button"
                    class="button button--ghost button--small button--danger-text"
                    aria-label={t('schedule.pairRemoveLabel', { a: pair.a.title, b: pair.b.title })}
                    onClick={() => void session.schedule.removeAvoidPair(pair.a.id, pair.b.id)}
                    data-testid="avoid-pair-remove"
                  >
                    {t('schedule.pairRemove')}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <section class="subsection avoid-add" aria-labelledby={addTitleId}>
          <h3 id={addTitleId} class="subsection__title">
            {t('schedule.pairAddTitle')}
          </h3>
          <div class="avoid-add__pickers">
            <ProposalPicker
              label={t('schedule.pairFirst')}
              proposals={session.state.proposals.filter((p) => p.id !== second())}
              selected={first()}
              onSelect={setFirst}
              disabled={excluded(second())}
              autofocus
              testId="avoid-first"
            />
            <ProposalPicker
              label={t('schedule.pairSecond')}
              proposals={session.state.proposals.filter((p) => p.id !== first())}
              selected={second()}
              onSelect={setSecond}
              disabled={excluded(first())}
              testId="avoid-second"
            />
          </div>
          <Show when={error()}>
            {(failure) => (
              <p class="callout callout--error" role="alert">
                {errorText(failure())}
              </p>
            )}
          </Show>
          <div class="form-actions">
            <button
              type="button"
              class="button button--primary"
              disabled={!first() || !second() || busy()}
              onClick={() => void add()}
              data-testid="avoid-add"
            >
              {t('schedule.pairAdd')}
            </button>
          </div>
        </section>
      </div>
    </Dialog>
  );
}
