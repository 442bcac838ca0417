import { DotMeter } from '../../components/dot-meter';
import { PhaseBadge } from '../../components/phase-badge';
import { useSession } from '../../session/session-context';

/** Sticky under the header: the phase, and my dots left. */
export function StatusBar() {
  const session = useSession();
  return (
    <div class="status-bar">
      <div class="status-bar__inner">
        <PhaseBadge phase={session.state.event?.phase ?? 'proposing'} />
        <DotMeter
          remaining={session.me.remaining}
          total={session.state.event?.dotsPerParticipant ?? 0}
        />
      </div>
    </div>
  );
}
