import { createSignal, createUniqueId, onCleanup } from 'solid-js';
import { t } from '../i18n';

async function copyText(text: string, fallback: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain http on a LAN has no Clipboard API: select the text the old way.
    fallback.select();
    return document.execCommand('copy');
  }
}

export function CopyField(props: { label: string; value: string; testId?: string }) {
  const [copied, setCopied] = createSignal(false);
  let input!: HTMLInputElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const id = createUniqueId();

  const copy = async () => {
    if (!(await copyText(props.value, input))) return;
    setCopied(true);
    clearTimeout(timer);
    timer = setTimeout(() => setCopied(false), 2000);
  };

  return (
    <div class="copy-field">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <div class="copy-field__row">
        <input
          ref={input}
          id={id}
          class="input copy-field__input"
          readOnly
          value={props.value}
          data-testid={props.testId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button button--secondary" onClick={() => void copy()}>
          {copied() ? t('common.copied') : t('common.copy')}
        </button>
      </div>
    </div>
  );
}
