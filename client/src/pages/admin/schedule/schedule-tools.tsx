import { createSignal, Show } from 'solid-js';
import { t } from '../../../i18n';
import { useAdminSession } from '../../../session/admin-session';
import { AvoidPairsDialog, useAvoidPairs } from './avoid-pairs-dialog';
import { createLiveScore } from './live-score';
import { ScoreSummary } from './score-summary';
import { SuggestDialog } from './suggest-dialog';
import '../../../styles/schedule.css';

export { createLiveScore, gridOf, placementsIfMoved, scoreOf } from './live-score';
export { ScoreDelta } from './score-summary';

/**
 * The scheduling piece of the grid's toolbar: the live score, "Not in parallel" and
 * "Suggest schedule".
 */
export function ScheduleTools() {
  const session = useAdminSession();
  const score = createLiveScore(session);
  const pairs = useAvoidPairs();
  const [open, setOpen] = createSignal<'suggest' | 'avoid' | null>(null);

  return (
    <div class="schedule-tools" data-testid="schedule-tools">
      <ScoreSummary score={score()} showAvoid={pairs().length > 0} />
      <div class="schedule-tools__actions">
        <button
          type="button"
          class="button button--ghost button--small"
          aria-haspopup="dialog"
          onClick={() => setOpen('avoid')}
          data-testid="avoid-dialog-open"
        >
          {t('schedule.avoidButton')}
          <span class="count-badge" data-testid="avoid-count">
            <span class="visually-hidden">: </span>
            {pairs().length}
          </span>
        </button>
        <button
          type="button"
          class="button button--primary button--small"
          aria-haspopup="dialog"
          onClick={() => setOpen('suggest')}
          data-testid="suggest-open"
        >
          {t('schedule.suggestButton')}
        </button>
      </div>
      <Show when={open() === 'suggest'}>
        <SuggestDialog onClose={() => setOpen(null)} />
      </Show>
      <Show when={open() === 'avoid'}>
        <AvoidPairsDialog onClose={() => setOpen(null)} />
      </Show>
    </div>
  );
}
