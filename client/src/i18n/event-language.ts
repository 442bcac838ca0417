import { createEffect, onCleanup } from 'solid-js';
import type { Language } from '../../../shared/languages';
import { setEventLanguage } from './index';

// Event languages seen in this visit, so that the participant page opened from the join page
// says "Laddar…" in the event's language before its own snapshot arrives.
const known = new Map<string, Language>();

/**
 * Shows the calling page in its event's language (unless the viewer chose one) while it is
 * open; `event` is null until the page knows which event it shows.
 */
export function useEventLanguage(
  event: () => { id: string; language: Language | undefined } | null | undefined | false,
): void {
  createEffect(() => {
    const e = event();
    if (e && e.language) known.set(e.id, e.language);
    setEventLanguage(e ? (known.get(e.id) ?? null) : null);
  });
  onCleanup(() => setEventLanguage(null));
}
