import { For, Show } from 'solid-js';
import { t } from '../i18n';
import { range } from '../lib/range';

/** Past this many, single dots stop being readable; the number says it instead. */
const MAX_DRAWN = 12;

export function DotMeter(props: { remaining: number; total: number }) {
  const indices = () => range(Math.min(props.total, MAX_DRAWN));
  return (
    <div class="dot-meter" data-testid="dots-left" data-remaining={props.remaining}>
      <span class="dot-meter__label">{t('dots.left')}</span>
      <Show when={props.total <= MAX_DRAWN}>
        <span class="dot-meter__dots" aria-hidden="true">
          <For each={indices()}>
            {(i) => <span class="dot" classList={{ 'dot--spent': i >= props.remaining }} />}
          </For>
        </span>
      </Show>
      <span class="dot-meter__count">
        {t('dots.leftOf', { n: props.remaining, total: props.total })}
      </span>
    </div>
  );
}
