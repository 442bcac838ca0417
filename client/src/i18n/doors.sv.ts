import type { enDoors } from './doors.en';
import type { PartDictionary } from './plural';

/** Svenska for the door sheets: the type makes a missing or extra key a compile error. */
export const svDoors: PartDictionary<typeof enDoors> = {
  'doors.eyebrow': 'Dörrskyltar',
  'doors.pageTitle': 'Dörrskyltar: {name}',
  'doors.count': { one: '{count} skylt', other: '{count} skyltar' },
  'doors.hint':
    'En A4-sida per rum: skriv ut på A4, stående, i skala 100\u00a0%, och tejpa upp varje skylt vid sitt rums dörr. Varje QR-kod öppnar sin session i dokumentationen.',
  'doors.print': 'Skriv ut skyltarna',
  'doors.hosts': { one: 'Värd: {hosts}', other: 'Värdar: {hosts}' },
  'doors.open': 'Ledigt',
  'doors.allRooms': 'alla rum',
  'doors.qrAlt': 'QR-kod till ”{title}” i dokumentationen',
  'doors.scan': 'Skanna en kod för att öppna sessionens sida.',
  'doors.notPublishedTitle': 'Schemat är inte publicerat än',
  'doors.notPublished':
    'När arrangörerna har publicerat det får varje rum här en skylt till sin dörr: dess sessioner, deras värdar och en QR-kod till varje.',
  'doors.empty': 'Det finns inga rum eller tidspass att skriva ut än.',
  'doors.loadFailed': 'Kunde inte hämta dörrskyltarna',
};
