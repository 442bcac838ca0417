import { For } from 'solid-js';
import { t } from '../i18n';
import { dismissToast, toasts } from '../stores/toasts';

export function ToastRegion() {
  return (
    <div class="toast-region" aria-live="assertive" aria-atomic="false">
      <For each={toasts()}>
        {(toast) => (
          <div class={`toast toast--${toast.kind}`} role="alert" data-testid="toast">
            <span class="toast__message">{toast.message()}</span>
            <button
              type="button"
              class="toast__close"
              aria-label={t('common.dismiss')}
              onClick={() => dismissToast(toast.id)}
            >
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
