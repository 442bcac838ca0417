import { createMemo, createSignal, Match, Show, Switch } from 'solid-js';
import { mergeBallots, unionHosts } from '../../../../../shared/merge';
import type { Proposal } from '../../../../../shared/schemas/proposal';
import type { ApiError } from '../../../api/http';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import { errorText, showSuccess } from '../../../stores/toasts';
import { showActionToast } from './action-toasts';
import { cellLabel } from './cell-label';
import { Dialog } from './dialog';
import { ProposalPicker } from './proposal-picker';

/** What the survivor would hold after the merge, from the same pure rule the server runs. */
function mergePreview(
  source: Proposal,
  into: Proposal,
  ballots: readonly { participantId: string; proposalId: string; dots: number }[],
  cap: number,
) {
  const of = (id: string) => ballots.filter((b) => b.proposalId === id);
  const outcome = mergeBallots(of(source.id), of(into.id), cap);
  return {
    dots: outcome.into.reduce((sum, b) => sum + b.dots, 0),
    voters: outcome.into.length,
    refunded: outcome.refunds.reduce((sum, b) => sum + b.dots, 0),
    hosts: unionHosts(into.hosts, source.hosts),
  };
}

/**
 * "Merge into…": pick the proposal this duplicate joins, read what will happen, confirm.
 * Afterwards a toast offers Undo, since the card itself is gone.
 */
export function MergeDialog(props: { proposal: Proposal; onClose: () => void }) {
  const session = useAdminSession();
  const [intoId, setIntoId] = createSignal<string | null>(null);
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<ApiError | null>(null);

  const others = createMemo(() =>
    session.state.proposals.filter((p) => p.id !== props.proposal.id),
  );
  const into = () => others().find((p) => p.id === intoId());
  const cap = () => session.state.event?.maxDotsPerProposal ?? 1;
  const preview = createMemo(() => {
    const target = into();
    return target
      ? mergePreview(props.proposal, target, session.adminView.ballots, cap())
      : undefined;
  });
  const sourceCell = () => session.state.placements.find((p) => p.proposalId === props.proposal.id);

  async function merge() {
    const target = into();
    if (!target) return;
    setBusy(true);
    setError(null);
    const sourceTitle = props.proposal.title;
    const res = await session.schedule.merge(props.proposal.id, target.id);
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    props.onClose();
    const intoTitle = res.value.title;
    showActionToast(
      () => t('schedule.merged', { source: sourceTitle, into: intoTitle }),
      () => t('schedule.undo'),
      async () => {
        const ok = await session.schedule.undo();
        if (ok) showSuccess('schedule.mergeUndone');
        return ok;
      },
    );
  }

  const footer = () => (
    <Switch>
      <Match when={!confirming()}>
        <button type="button" class="button button--ghost" onClick={() => props.onClose()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          class="button button--primary"
          disabled={!into()}
          onClick={() => setConfirming(true)}
          data-testid="merge-next"
        >
          {t('schedule.next')}
        </button>
      </Match>
      <Match when={confirming()}>
        <button
          type="button"
          class="button button--ghost"
          disabled={busy()}
          onClick={() => setConfirming(false)}
        >
          {t('schedule.back')}
        </button>
        <button
          type="button"
          class="button button--primary"
          disabled={busy()}
          onClick={() => void merge()}
          data-testid="merge-confirm"
        >
          {busy() ? t('schedule.merging') : t('schedule.mergeConfirm')}
        </button>
      </Match>
    </Switch>
  );

  return (
    <Dialog
      title={t('schedule.mergeTitle', { title: props.proposal.title })}
      lead={confirming() ? undefined : t('schedule.mergeLead')}
      onClose={props.onClose}
      footer={footer()}
      focusKey={confirming() ? 'confirm' : 'pick'}
      testId="merge-dialog"
    >
      <Show
        when={confirming() && into()}
        fallback={
          <ProposalPicker
            label={t('schedule.mergePick')}
            proposals={others()}
            selected={intoId()}
            onSelect={setIntoId}
            autofocus
            testId="merge-picker"
          />
        }
      >
        {(target) => (
          <div class="stack merge-confirm" data-testid="merge-summary">
            <p class="merge-confirm__headline" tabindex="-1" data-autofocus>
              {t('schedule.mergeQuestion', {
                source: props.proposal.title,
                into: target().title,
              })}
            </p>
            <ul class="merge-confirm__facts">
              <li>{t('schedule.mergeFactGone', { source: props.proposal.title })}</li>
              <li>{t('schedule.mergeFactVotes', { count: cap() })}</li>
              <Show when={preview()}>
                {(p) => (
                  <li>
                    {t('schedule.mergeFactTally', {
                      into: target().title,
                      dots: t('tally.dots', { count: p().dots }),
                      count: p().voters,
                    })}
                    <Show when={p().refunded > 0}>
                      {' '}
                      {t('schedule.mergeFactRefund', { count: p().refunded })}
                    </Show>
                  </li>
                )}
              </Show>
              <Show when={preview()?.hosts.length}>
                <li>{t('schedule.mergeFactHosts', { hosts: preview()!.hosts.join(', ') })}</li>
              </Show>
              <Show when={sourceCell()}>
                {(cell) => (
                  <li>{t('schedule.mergeFactCell', { cell: cellLabel(session.state, cell()) })}</li>
                )}
              </Show>
              <li>{t('schedule.mergeFactUndo')}</li>
            </ul>
            <Show when={error()}>
              {(failure) => (
                <p class="callout callout--error" role="alert">
                  {errorText(failure())}
                </p>
              )}
            </Show>
          </div>
        )}
      </Show>
    </Dialog>
  );
}
