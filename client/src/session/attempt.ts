import { showError } from '../stores/toasts';

/** Runs an API call; on failure shows a translated toast and resolves to undefined. */
export async function attempt<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    showError(err);
    return undefined;
  }
}
