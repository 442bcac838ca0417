import { Show } from 'solid-js';
import { t } from '../../../i18n';
import type { Score } from './live-score';
import '../../../styles/schedule.css';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/**
 * A change as text ("+12", "−3", "±0"); the colour only repeats whether it is better, which
 * for people over capacity and clashes means fewer.
 */
export function ScoreDelta(props: { before: number; after: number; lowerIsBetter?: boolean }) {
  const diff = () => props.after - props.before;
  const better = () => (props.lowerIsBetter ? diff() < 0 : diff() > 0);
  return (
    <span
      class="score-delta"
      classList={{
        'score-delta--better': diff() !== 0 && better(),
        'score-delta--worse': diff() !== 0 && !better(),
      }}
      data-testid="score-delta"
      data-diff={diff()}
    >
      {signed(diff())}
    </span>
  );
}

/**
 * The live score in the grid's toolbar: the total, then what it is made of. Clashes show
 * once there is a "not in parallel" pair to clash.
 */
export function ScoreSummary(props: { score: Score; showAvoid: boolean }) {
  return (
    <div
      class="score"
      role="group"
      aria-label={t('schedule.scoreLabel')}
      title={t('schedule.scoreExplained')}
      data-testid="live-score"
      data-total={props.score.total}
    >
      <span class="score__total">
        <span class="score__total-label">{t('schedule.score')}</span>
        <strong class="score__total-value" aria-live="polite" aria-atomic="true">
          {props.score.total}
        </strong>
      </span>
      <span class="score__part" title={t('schedule.honouredHint')} data-testid="score-honoured">
        <span class="dot dot--small" aria-hidden="true" />
        <strong>{props.score.honoured}</strong>
        {t('schedule.honoured', { count: props.score.honoured })}
      </span>
      <span
        class="score__part"
        classList={{ 'score__part--bad': props.score.overflow > 0 }}
        title={t('schedule.overflowHint')}
        data-testid="score-overflow"
      >
        <strong>{props.score.overflow}</strong>
        {t('schedule.overflow', { count: props.score.overflow })}
      </span>
      <Show when={props.showAvoid || props.score.avoid > 0}>
        <span
          class="score__part"
          classList={{ 'score__part--bad': props.score.avoid > 0 }}
          title={t('schedule.avoidHint')}
          data-testid="score-avoid"
        >
          <strong>{props.score.avoid}</strong>
          {t('schedule.avoid', { count: props.score.avoid })}
        </span>
      </Show>
    </div>
  );
}

/** Before → after for the preview: the total large, each part on its own line. */
export function ScoreComparison(props: { before: Score; after: Score; autofocus?: boolean }) {
  const row = (label: string, before: number, after: number, lowerIsBetter = false) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{before}</td>
      <td aria-hidden="true" class="score-compare__arrow">
        →
      </td>
      <td>
        <strong>{after}</strong>
      </td>
      <td>
        <Show when={after !== before}>
          <ScoreDelta before={before} after={after} lowerIsBetter={lowerIsBetter} />
        </Show>
      </td>
    </tr>
  );
  return (
    <div class="score-compare" data-testid="score-compare">
      <p
        class="score-compare__headline"
        tabindex={props.autofocus ? -1 : undefined}
        data-autofocus={props.autofocus ? '' : undefined}
      >
        <span class="score-compare__label">{t('schedule.score')}</span>
        <span class="score-compare__line">
          <span class="score-compare__values">
            <span data-testid="score-before">{props.before.total}</span>
            <span aria-hidden="true"> → </span>
            <span class="visually-hidden">{t('schedule.to')}</span>
            <strong data-testid="score-after">{props.after.total}</strong>
          </span>
          <ScoreDelta before={props.before.total} after={props.after.total} />
        </span>
      </p>
      <table class="score-compare__table">
        <caption class="visually-hidden">{t('schedule.scoreExplained')}</caption>
        <tbody>
          {row(t('schedule.honouredRow'), props.before.honoured, props.after.honoured)}
          {row(t('schedule.overflowRow'), props.before.overflow, props.after.overflow, true)}
          {row(t('schedule.avoidRow'), props.before.avoid, props.after.avoid, true)}
        </tbody>
      </table>
      <p class="score-compare__note">{t('schedule.scoreExplained')}</p>
    </div>
  );
}
