import { createSignal } from 'solid-js';
import { t, type MessageKey } from '../i18n';
import { isApiError, type ClientErrorCode } from '../api/http';

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

export function errorKey(code: ClientErrorCode): MessageKey {
  return `error.${code}`;
}

/** A friendly, translated message for whatever went wrong. */
export function showError(err: unknown): void {
  const key = isApiError(err) ? errorKey(err.code) : errorKey('internal');
  // The message is a thunk so it follows a language switch while it is shown.
  push('error', () => t(key));
}

export function showSuccess(key: MessageKey): void {
  push('success', () => t(key));
}
