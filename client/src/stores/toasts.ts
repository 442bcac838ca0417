import { createSignal } from 'solid-js';
import { t, type MessageKey } from '../i18n';
import { toApiError, type ApiError, type ClientErrorCode } from '../api/http';

export interface Toast {
  id: number;
  kind: 'error' | 'success';
  message: () => string;
}

/**
 * A success is a short confirmation: one at a time, the newest replacing the one before, gone
 * after a few seconds. An error stays until dismissed, since it says something did not happen;
 * the oldest go when too many pile up.
 */
const [success, setSuccess] = createSignal<Toast | null>(null);
const [errors, setErrors] = createSignal<Toast[]>([]);
export { errors, success };

let nextId = 1;
const SUCCESS_MS = 3500;
const MAX_ERRORS = 3;

export function dismissToast(id: number): void {
  if (success()?.id === id) setSuccess(null);
  setErrors((list) => list.filter((x) => x.id !== id));
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
  const toast: Toast = { id: nextId++, kind: 'error', message: () => errorText(failure) };
  // The same failure twice (every vote while offline) is one toast, the newest.
  const text = toast.message();
  setErrors((list) => [
    ...list.filter((x) => x.message() !== text).slice(-(MAX_ERRORS - 1)),
    toast,
  ]);
}

export function showSuccess(key: MessageKey): void {
  const toast: Toast = { id: nextId++, kind: 'success', message: () => t(key) };
  setSuccess(toast);
  setTimeout(() => dismissToast(toast.id), SUCCESS_MS);
}
