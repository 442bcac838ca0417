import { useNavigate } from '@solidjs/router';
import { createSignal, createUniqueId, Show } from 'solid-js';
import { isJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from '../../../../shared/join-code';
import { t } from '../../i18n';

/** "Type the code from the projector": goes to /join/CODE, which does the rest. */
export function JoinCodeForm(props: { initial?: string; labelHidden?: boolean }) {
  const navigate = useNavigate();
  const [code, setCode] = createSignal(props.initial ?? '');
  const [invalid, setInvalid] = createSignal(false);
  const id = createUniqueId();

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const normalized = normalizeJoinCode(code());
    if (!isJoinCode(normalized)) {
      setInvalid(true);
      return;
    }
    navigate(`/join/${normalized}`);
  };

  return (
    <form class="join-code-form" onSubmit={submit} novalidate>
      <label class="field__label" classList={{ 'visually-hidden': props.labelHidden }} for={id}>
        {t('joinCode.label')}
      </label>
      <div class="join-code-form__row">
        <input
          id={id}
          class="input input--code"
          value={code()}
          onInput={(e) => {
            setCode(e.currentTarget.value);
            setInvalid(false);
          }}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={JOIN_CODE_LENGTH + 4}
          placeholder={t('joinCode.placeholder')}
          aria-invalid={invalid()}
          aria-describedby={`${id}-hint`}
          data-testid="join-code-input"
        />
        <button type="submit" class="button button--primary">
          {t('joinCode.submit')}
        </button>
      </div>
      <p id={`${id}-hint`} class="field__hint" classList={{ 'field__hint--error': invalid() }}>
        <Show when={invalid()} fallback={t('joinCode.hint')}>
          {t('joinCode.invalid', { n: JOIN_CODE_LENGTH })}
        </Show>
      </p>
    </form>
  );
}
