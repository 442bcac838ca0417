import { Show } from 'solid-js';
import { t } from '../../i18n';

export function Tally(props: { dots: number | null; voters: number | null; show: boolean }) {
  return (
    <Show
      when={props.show && props.dots !== null}
      fallback={
        <span class="tally tally--hidden" data-testid="tally" data-dots="hidden">
          {t('tally.hidden')}
        </span>
      }
    >
      <span class="tally" data-testid="tally" data-dots={props.dots ?? 0}>
        <span class="tally__dot" aria-hidden="true" />
        <span class="tally__text">
          <strong class="tally__dots">{t('tally.dots', { count: props.dots ?? 0 })}</strong>
          <Show when={props.voters !== null}>
            <span class="tally__voters">{t('tally.voters', { count: props.voters ?? 0 })}</span>
          </Show>
        </span>
      </span>
    </Show>
  );
}
