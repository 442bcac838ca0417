import type { PartDictionary } from './plural';
import type { enProceedings } from './proceedings.en';

/** Svenska for the proceedings page: the type makes a missing or extra key a compile error. */
export const svProceedings: PartDictionary<typeof enProceedings> = {
  'proceedings.eyebrow': 'Dokumentation',
  'proceedings.pageTitle': 'Dokumentation: {name}',
  'proceedings.print': 'Skriv ut',
  'proceedings.sessions': { one: '{count} session', other: '{count} sessioner' },
  'proceedings.rooms': { one: 'i {count} rum', other: 'i {count} rum' },
  'proceedings.timeZone': 'Tider i {zone}',
  'proceedings.hosts': { one: 'Värd: {hosts}', other: 'Värdar: {hosts}' },
  'proceedings.notPublishedTitle': 'Schemat är inte publicerat än',
  'proceedings.notPublished':
    'När arrangörerna har publicerat det visar sidan varje session med rum, tid, värdar och prickar.',
  'proceedings.empty': 'Inga sessioner finns i schemat.',
  'proceedings.loadFailed': 'Kunde inte hämta dokumentationen',
};
