import { createSignal, For, type Accessor, type Setter } from 'solid-js';
import { render } from 'solid-js/web';
import { t } from '../../../i18n';
import '../../../styles/schedule.css';

interface ActionToast {
  id: number;
  message: () => string;
  action: () => string;
  run: () => Promise<boolean>;
  busy: Accessor<boolean>;
  setBusy: Setter<boolean>;
}

const [toasts, setToasts] = createSignal<ActionToast[]>([]);
const LIFETIME_MS = 10_000;
let nextId = 1;
let mounted = false;

const dismiss = (id: number) => setToasts((list) => list.filter((x) => x.id !== id));

/**
 * A toast with one action ("Undo"). It outlives the component that raised it (a merged card
 * is gone a moment later), so it has its own small root, mounted on first use.
 */
export function showActionToast(
  message: () => string,
  action: () => string,
  run: () => Promise<boolean>,
): void {
  if (!mounted) {
    mounted = true;
    const host = document.createElement('div');
    document.body.append(host);
    render(() => <ActionToastRegion />, host);
  }
  const id = nextId++;
  const [busy, setBusy] = createSignal(false);
  setToasts((list) => [...list.slice(-1), { id, message, action, run, busy, setBusy }]);
  setTimeout(() => dismiss(id), LIFETIME_MS);
}

function ActionToastRegion() {
  const act = async (toast: ActionToast) => {
    toast.setBusy(true);
    const ok = await toast.run();
    toast.setBusy(false);
    if (ok) dismiss(toast.id);
  };
  return (
    <div class="action-toasts" aria-live="polite">
      <For each={toasts()}>
        {(toast) => (
          <div class="toast toast--success action-toast" role="status" data-testid="action-toast">
            <span class="toast__message">{toast.message()}</span>
            <button
              type="button"
              class="action-toast__action"
              disabled={toast.busy()}
              onClick={() => void act(toast)}
              data-testid="action-toast-run"
            >
              {toast.action()}
            </button>
            <button
              type="button"
              class="toast__close"
              aria-label={t('common.dismiss')}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
