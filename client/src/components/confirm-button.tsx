import { createSignal, Show } from 'solid-js';
import { t } from '../i18n';
import '../styles/confirm-button.css';

/** A destructive action that asks once, in place, instead of a browser dialog. */
export function ConfirmButton(props: {
  label: string;
  question: string;
  onConfirm: () => void | Promise<unknown>;
}) {
  const [asking, setAsking] = createSignal(false);
  return (
    <Show
      when={asking()}
      fallback={
        <button
          type="button"
          class="button button--ghost button--small button--danger-text"
          onClick={() => setAsking(true)}
        >
          {props.label}
        </button>
      }
    >
      <span class="confirm" role="group" aria-label={props.question}>
        <span class="confirm__question">{props.question}</span>
        <button
          type="button"
          class="button button--ghost button--small"
          onClick={() => setAsking(false)}
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          class="button button--danger button--small"
          onClick={() => {
            setAsking(false);
            void props.onConfirm();
          }}
        >
          {props.label}
        </button>
      </span>
    </Show>
  );
}
