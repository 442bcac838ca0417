import { createMemo, Show } from 'solid-js';
import { t } from '../i18n';

/** Out of the way until most of the room is used. */
const SHOW_FROM = 0.8;
/** What a screen reader hears: a few steps, not every keystroke. */
const STEPS = [0, 10, 25, 50, 100, 200, 500];

/**
 * Characters used of a field's limit, shown near the limit. The visible count follows every
 * keystroke; the polite live region only speaks when the characters left pass a step.
 */
export function CharCounter(props: { length: number; max: number; testId?: string }) {
  const left = () => Math.max(0, props.max - props.length);
  const near = () => props.length >= props.max * SHOW_FROM;
  const step = createMemo(() => STEPS.find((s) => left() <= s) ?? -1);
  // Read once per step, with the exact count at the moment the step was reached.
  const spoken = createMemo(
    (prev: { step: number; count: number }) =>
      prev.step === step() ? prev : { step: step(), count: left() },
    { step: -1, count: 0 },
  );
  const announced = () =>
    near() && spoken().step !== -1 ? t('chars.left', { count: spoken().count }) : '';
  return (
    <>
      <Show when={near()}>
        <p
          class="field__hint field__hint--end char-counter"
          classList={{ 'char-counter--full': left() === 0 }}
          data-testid={props.testId}
          aria-hidden="true"
        >
          {t('chars.count', { n: props.length, max: props.max })}
        </p>
      </Show>
      <span
        class="visually-hidden"
        aria-live="polite"
        data-testid={props.testId && `${props.testId}-spoken`}
      >
        {announced()}
      </span>
    </>
  );
}
