import { createSignal } from 'solid-js';
import { t, type MessageKey } from '../i18n';
import { toApiError, type ApiError, type ClientErrorCode } from '../api/http';

export interface Toast {
  id: number;
  kind: 'error' | 'success';
  message: () => string;
}

const [toasts, setToasts] = createSignal<Toast[]>([]);
export { toasts };

let nextId = 1;
const LIFETIME_MS = 6000;

function push(kind: Toast['kind'], message: () => string): void {
  const id = nextId++;
  setToasts((list) => [...list.slice(-2), { id, kind, message }]);
  setTimeout(() => dismissToast(id), LIFETIME_MS);
}

export function dismissToast(id: number): void {
  setToasts((list) => list.filter((x) => x.id !== id));
}

function errorKey(code: ClientErrorCode): MessageKey {
  return `error.${code}`;
}

/** A friendly, translated message for a failure; a rate limit says how long to wait. */
export function errorText(err: ApiError): string {
  if (err.code === 'rate_limited' && err.retryAfter !== null) {
    return t('error.rate_limited_wait', { count: err.retryAfter });
  }
  return t(errorKey(err.code));
}

/** Shows whatever went wrong as a toast. */
export function showError(err: unknown): void {
  const failure = toApiError(err);
  // The message is a thunk so it follows a language switch while it is shown.
  push('error', () => errorText(failure));
}

export function showSuccess(key: MessageKey): void {
  push('success', () => t(key));
}
