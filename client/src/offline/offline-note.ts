/**
 * The words that say the page shows the device's copy and how old it is, in a chunk of its own
 * that the service worker precaches: only a phone without a network loads it.
 */
import { addMessages, locale, t } from '../i18n';
import { offlineMessages } from '../i18n/offline';
import { asOfTime } from './as-of';
import '../styles/offline.css';

addMessages(offlineMessages);

/** "Offline – as of 14:02", in the event's time zone like the agenda's times, not the phone's. */
export const offlineNote = (savedAt: number, timeZone: string | undefined) =>
  t('offline.asOf', { time: asOfTime(savedAt, locale(), timeZone) });
