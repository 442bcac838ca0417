import { For, Show } from 'solid-js';
import { t } from '../i18n';
import { dismissToast, errors, success, type Toast } from '../stores/toasts';

function ToastView(props: { toast: Toast; role?: 'alert' }) {
  return (
    <div
      class={`toast toast--${props.toast.kind}`}
      role={props.role}
      data-testid="toast"
      data-kind={props.toast.kind}
    >
      <span class="toast__message">{props.toast.message()}</span>
      <button
        type="button"
        class="toast__close"
        aria-label={t('common.dismiss')}
        onClick={() => dismissToast(props.toast.id)}
      >
        ×
      </button>
    </div>
  );
}

/**
 * Toasts sit at the top, under the header, over no list of vote buttons. Errors interrupt (each
 * is an alert); a success waits its turn in a polite status region, which is always in the
 * page so that screen readers hear what appears in it.
 */
export function ToastRegion() {
  return (
    <div class="toast-region">
      <For each={errors()}>{(toast) => <ToastView toast={toast} role="alert" />}</For>
      <div class="toast-region__status" role="status" aria-atomic="true">
        <Show when={success()} keyed>
          {(toast) => <ToastView toast={toast} />}
        </Show>
      </div>
    </div>
  );
}
