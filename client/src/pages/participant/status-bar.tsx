import { Show } from 'solid-js';
import { canVote } from '../../../../shared/phases';
import { DotMeter } from '../../components/dot-meter';
import { PhaseBadge } from '../../components/phase-badge';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';

/**
 * Sticky under the header: the phase, my dots left while they can still be spent, or, offline,
 * that the page shows the device's copy and how old it is.
 */
export function StatusBar() {
  const session = useSession();
  const phase = () => session.state.event?.phase ?? 'proposing';
  return (
    // A named region: a landmark a screen reader can jump to, outside the page's main.
    <section class="status-bar" aria-label={t('status.label')}>
      {/* Offline the phase is old news, and "Live" must never stand beside "Offline". */}
      <Show when={session.status() !== 'offline'}>
        <div class="status-bar__inner">
          <PhaseBadge phase={phase()} />
          <Show when={canVote(phase())}>
            <DotMeter
              remaining={session.me.remaining}
              total={session.state.event?.dotsPerParticipant ?? 0}
            />
          </Show>
        </div>
      </Show>
      {/* Always in the page, empty while live, so screen readers hear the note come and go. */}
      <div class="offline-note" role="status">
        {session.offlineNote?.()}
      </div>
    </section>
  );
}
