import { createSignal, Show } from 'solid-js';
import type { Proposal } from '../../../../../shared/schemas/proposal';
import { t } from '../../../i18n';
import { AvoidWithDialog } from './avoid-with-dialog';
import { MergeDialog } from './merge-dialog';
import '../../../styles/schedule.css';

/** The scheduling actions on a facilitator's proposal card: merge it, keep it apart. */
export function ProposalScheduleActions(props: { proposal: Proposal }) {
  const [open, setOpen] = createSignal<'merge' | 'avoid' | null>(null);
  return (
    <span class="schedule-card-actions">
      <button
        type="button"
        class="button button--ghost button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen('merge')}
        data-testid="merge-open"
      >
        {t('schedule.mergeInto')}
      </button>
      <button
        type="button"
        class="button button--ghost button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen('avoid')}
        data-testid="avoid-open"
      >
        {t('schedule.avoidWith')}
      </button>
      <Show when={open() === 'merge'}>
        <MergeDialog proposal={props.proposal} onClose={() => setOpen(null)} />
      </Show>
      <Show when={open() === 'avoid'}>
        <AvoidWithDialog proposal={props.proposal} onClose={() => setOpen(null)} />
      </Show>
    </span>
  );
}
