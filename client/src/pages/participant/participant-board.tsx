import { lazy, Show } from 'solid-js';
import { agendaVisible } from '../../../../shared/phases';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { PhaseNote } from './phase-note';
import { PitchPanel } from './pitch-panel';
import { ProposalList } from './proposal-list';
import { StatusBar } from './status-bar';

// Only the live and closed phases show the agenda; the 2,000 phones that join during the
// marketplace do not download it.
const AgendaView = lazy(() => import('./agenda-view').then((m) => ({ default: m.AgendaView })));

/**
 * The phone's page in the phase of the day: the marketplace leads with pitching and the
 * proposals; once the agenda is out it leads with now, next and the day, and the proposals,
 * their voting over, fold away below.
 */
export function ParticipantBoard() {
  const session = useSession();
  const phase = () => session.state.event?.phase ?? 'proposing';
  return (
    <>
      <StatusBar />
      <main class="page page--board">
        <PhaseNote phase={phase()} />
        <Show
          when={agendaVisible(phase(), 'participant')}
          fallback={
            <>
              <PitchPanel />
              <ProposalList />
            </>
          }
        >
          <AgendaView />
          <details class="proposal-archive" data-testid="proposal-archive">
            <summary class="proposal-archive__summary">
              {t('list.archive', { count: session.state.proposals.length })}
            </summary>
            <ProposalList />
          </details>
        </Show>
      </main>
    </>
  );
}
