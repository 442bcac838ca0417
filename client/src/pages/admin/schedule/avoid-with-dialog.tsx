import { createMemo, createSignal, Show } from 'solid-js';
import type { Proposal } from '../../../../../shared/schemas/proposal';
import type { ApiError } from '../../../api/http';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import { errorText, showSuccess } from '../../../stores/toasts';
import { Dialog } from './dialog';
import { ProposalPicker } from './proposal-picker';

/** The proposals already kept apart from `id`. */
export function partnersOf(pairs: readonly (readonly [string, string])[], id: string): Set<string> {
  const out = new Set<string>();
  for (const [a, b] of pairs) {
    if (a === id) out.add(b);
    if (b === id) out.add(a);
  }
  return out;
}

/** "Not in parallel with…" from a proposal's card: one pick, one click. */
export function AvoidWithDialog(props: { proposal: Proposal; onClose: () => void }) {
  const session = useAdminSession();
  const [otherId, setOtherId] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<ApiError | null>(null);
  const others = createMemo(() =>
    session.state.proposals.filter((p) => p.id !== props.proposal.id),
  );
  const already = createMemo(() => {
    const reason = t('schedule.alreadyApart');
    return new Map(
      [...partnersOf(session.adminView.avoidPairs, props.proposal.id)].map((id) => [id, reason]),
    );
  });

  async function add() {
    const other = otherId();
    if (!other) return;
    setBusy(true);
    setError(null);
    const res = await session.schedule.addAvoidPair(props.proposal.id, other);
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    showSuccess('schedule.pairAdded');
    props.onClose();
  }

  return (
    <Dialog
      title={t('schedule.avoidWithTitle', { title: props.proposal.title })}
      lead={t('schedule.avoidLead')}
      onClose={props.onClose}
      testId="avoid-with-dialog"
      footer={
        <>
          <button type="button" class="button button--ghost" onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            class="button button--primary"
            disabled={!otherId() || busy()}
            onClick={() => void add()}
            data-testid="avoid-with-confirm"
          >
            {t('schedule.keepApart')}
          </button>
        </>
      }
    >
      <ProposalPicker
        label={t('schedule.avoidPick')}
        proposals={others()}
        selected={otherId()}
        onSelect={setOtherId}
        disabled={already()}
        autofocus
        testId="avoid-picker"
      />
      <Show when={error()}>
        {(failure) => (
          <p class="callout callout--error" role="alert">
            {errorText(failure())}
          </p>
        )}
      </Show>
    </Dialog>
  );
}
