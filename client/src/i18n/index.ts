import { createSignal } from 'solid-js';
import type { enAgenda } from './agenda.en';
import type { enDoors } from './doors.en';
import { en } from './en';
import type { enGrid } from './grid.en';
import type { enNotes } from './notes.en';
import type { enOffline } from './offline';
import type { enPhase } from './phase.en';
import type { enProceedings } from './proceedings.en';
import type { Plural } from './plural';
import type { enSchedule } from './schedule.en';
import type { enScreen } from './screen.en';
import type { enSetup } from './setup.en';
import { asLanguage, pickLanguage } from './pick-language';
import { sv } from './sv';

export type Locale = 'en' | 'sv';
export const LOCALES: readonly Locale[] = ['sv', 'en'];

/** Every key of every screen; only the common ones are in the entry chunk. */
export type MessageKey = keyof (typeof en &
  typeof enSetup &
  typeof enAgenda &
  typeof enScreen &
  typeof enGrid &
  typeof enPhase &
  typeof enSchedule &
  typeof enOffline &
  typeof enProceedings &
  typeof enNotes &
  typeof enDoors);

type Messages = Readonly<Record<string, string | Plural>>;
/** One screen's messages in every language. */
export type MessagePart = Readonly<Record<Locale, Messages>>;

const dictionaries: Record<Locale, Record<string, string | Plural>> = {
  en: { ...en },
  sv: { ...sv },
};

/**
 * Adds a screen's messages; its page calls this when its chunk loads, before it renders, so
 * the phone never downloads the facilitator's or the projector's texts.
 */
export function addMessages(part: MessagePart): void {
  for (const l of LOCALES) Object.assign(dictionaries[l], part[l]);
}
const STORAGE_KEY = 'knyta:lang';

function storedChoice(): Locale | null {
  try {
    return asLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    // No storage: nothing was chosen on this device.
    return null;
  }
}

const browser = navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en'];
const initialChoice = storedChoice();
const [chosen, setChosen] = createSignal<Locale | null>(initialChoice);
const [eventLanguage, setEventLanguageSignal] = createSignal<Locale | null>(null);

/** The language every page shows now (see pickLanguage for who decides). */
export const locale = (): Locale =>
  pickLanguage({ chosen: chosen(), event: eventLanguage(), browser });

// Screen readers, hyphenation and spell-checking follow <html lang>: it must say what is shown.
function markDocument(): void {
  document.documentElement.lang = locale();
}
document.documentElement.lang = pickLanguage({ chosen: initialChoice, event: null, browser });

/** The viewer's own choice (the SV/EN toggle): remembered on this device, it wins everywhere. */
export function setLocale(next: Locale): void {
  setChosen(next);
  markDocument();
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // The choice holds for this visit.
  }
}

/** The language of the event whose page is open, or null on pages of no event. */
export function setEventLanguage(language: Locale | null): void {
  setEventLanguageSignal(language);
  markDocument();
}

export type Params = Record<string, string | number>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(l: Locale, count: number): 'one' | 'other' {
  let rules = pluralRules.get(l);
  if (!rules) pluralRules.set(l, (rules = new Intl.PluralRules(l)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** The message for `key` in the current language; `{name}` placeholders take `params`. */
export function t(key: MessageKey, params?: Params): string {
  const l = locale();
  const entry = dictionaries[l][key];
  // A page that forgot addMessages() shows the key rather than breaking.
  if (entry === undefined) return key;
  const text = typeof entry === 'string' ? entry : entry[pluralOf(l, Number(params?.count ?? 0))];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
