import type { MessagePart } from '.';

/** The offline note's words; they load with offline/offline-note.ts, only on a phone offline. */
export const enOffline = {
  'offline.asOf': 'Offline – as of {time}',
};

export const offlineMessages: MessagePart = {
  en: enOffline,
  sv: { 'offline.asOf': 'Offline – som det var kl. {time}' } satisfies typeof enOffline,
};
