import type { MessagePart } from '.';

/** The offline note's words; they load with offline/restore.ts, only on a phone without a network. */
export const enOffline = {
  'offline.asOf': 'Offline – as of {time}',
};

export const offlineMessages: MessagePart = {
  en: enOffline,
  sv: { 'offline.asOf': 'Offline – som det var kl. {time}' } satisfies typeof enOffline,
};
