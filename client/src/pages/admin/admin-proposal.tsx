import { createSignal, Show } from 'solid-js';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t } from '../../i18n';
import { useAdminSession } from '../../session/admin-session';
import { PitchForm } from '../participant/pitch-form-lazy';
import { ProposalCard } from '../participant/proposal-card';
import { ProposalScheduleActions } from './schedule/proposal-schedule-actions';

/** A proposal on the facilitator's desk: always with its tally, editable, hideable. */
export function AdminProposal(props: { proposal: Proposal }) {
  const session = useAdminSession();
  const [editing, setEditing] = createSignal(false);
  return (
    <Show
      when={editing()}
      fallback={
        <ProposalCard proposal={props.proposal} showTally>
          <ProposalScheduleActions proposal={props.proposal} />
          <button
            type="button"
            class="button button--ghost button--small"
            onClick={() => setEditing(true)}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => void session.admin.setHidden(props.proposal.id, !props.proposal.hidden)}
            data-testid="toggle-hidden"
          >
            {props.proposal.hidden ? t('admin.unhide') : t('admin.hide')}
          </button>
        </ProposalCard>
      }
    >
      <div class="card card--raised">
        <h3 class="card__title">{t('pitch.editHeading')}</h3>
        <PitchForm proposal={props.proposal} onDone={() => setEditing(false)} />
      </div>
    </Show>
  );
}
