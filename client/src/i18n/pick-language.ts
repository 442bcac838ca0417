import { LANGUAGES, type Language } from '../../../shared/languages';

/** Everything that has a say in the language a page shows. */
export interface LanguageVoices {
  /** What this viewer picked with the SV/EN toggle on this device, if ever. */
  chosen: Language | null;
  /** The language of the event the page belongs to, once the page knows it. */
  event: Language | null;
  /** The browser's preferred languages, most preferred first (`navigator.languages`). */
  browser: readonly string[];
}

/**
 * The viewer's own choice wins; an event's page speaks the event's language to everyone
 * else, so a Swedish event is Swedish on an English phone; elsewhere the browser decides.
 */
export function pickLanguage(voices: LanguageVoices): Language {
  return voices.chosen ?? voices.event ?? browserLanguage(voices.browser);
}

/** Swedish for a browser that prefers Swedish first (`sv`, `sv-FI`), English otherwise. */
export function browserLanguage(preferred: readonly string[]): Language {
  return preferred[0]?.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** A stored or typed language tag, if it is one of ours. */
export function asLanguage(value: string | null | undefined): Language | null {
  return LANGUAGES.find((l) => l === value) ?? null;
}
