import { agendaVisible, type Phase } from '../../../../../shared/phases';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import { createPhaseChanger } from '../phase/phase-changer';
import { PhaseDialog } from '../phase/phase-dialog';

/**
 * Where the facilitator builds the agenda, whether participants see it, and the one step that
 * changes that: publish it, take it down again, or reopen a closed event.
 */
export function PublishControl() {
  const session = useAdminSession();
  const changer = createPhaseChanger(session);
  const phase = (): Phase => session.state.event?.phase ?? 'proposing';
  const shown = () => agendaVisible(phase(), 'participant');

  const who = () => {
    if (phase() === 'live') return t('phaseChange.whoLive');
    if (phase() === 'closed') return t('phaseChange.whoClosed');
    return t('phaseChange.whoHidden');
  };
  const action = (): { to: Phase; label: string } => {
    if (phase() === 'live') return { to: 'scheduling', label: t('phaseChange.unpublish') };
    if (phase() === 'closed') return { to: 'live', label: t('phaseChange.reopen') };
    return { to: 'live', label: t('phaseChange.publish') };
  };

  return (
    <div
      class="publish-control"
      role="group"
      aria-label={t('phaseChange.controlLabel')}
      data-testid="publish-control"
      data-phase={phase()}
    >
      <span
        class="publish-control__status"
        classList={{ 'publish-control__status--shown': shown() }}
        data-testid="grid-visibility"
      >
        <span class="publish-control__dot" aria-hidden="true" />
        <span class="publish-control__phase">{t(`phase.${phase()}`)}</span>
        <span class="publish-control__who">
          <span class="publish-control__sep" aria-hidden="true">
            ·
          </span>
          {who()}
        </span>
      </span>
      {/* One button whose job follows the phase: focus stays on it across the change. */}
      <button
        type="button"
        class="button button--small"
        classList={{ 'button--primary': !shown(), 'button--secondary': shown() }}
        aria-busy={changer.busy()}
        onClick={() => changer.request(action().to)}
        data-testid="publish-toggle"
      >
        {action().label}
      </button>
      <PhaseDialog changer={changer} />
    </div>
  );
}
