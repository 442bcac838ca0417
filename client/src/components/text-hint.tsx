import { Show } from 'solid-js';
import type { TextCheck } from '../../../shared/text-input';
import { t } from '../i18n';

/**
 * Names the character the server would refuse in what was typed (pasted text can hide one);
 * a blank required field is the form's own business.
 */
export function TextHint(props: { check: TextCheck }) {
  const bad = () => (!props.check.ok && props.check.problem === 'not_text' ? props.check.char : '');
  return (
    <Show when={bad()}>
      <p class="field__hint field__hint--error">{t('form.notText', { char: bad() })}</p>
    </Show>
  );
}
