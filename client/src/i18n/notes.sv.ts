import type { enNotes } from './notes.en';
import type { PartDictionary } from './plural';

/** Svenska for the notes page: the type makes a missing or extra key a compile error. */
export const svNotes: PartDictionary<typeof enNotes> = {
  'notes.eyebrow': 'Anteckningar',
  'notes.pageTitle': 'Anteckningar: {title}',
  'notes.hosts': { one: 'Värd: {hosts}', other: 'Värdar: {hosts}' },
  'notes.qrAlt': 'QR-kod till den här sidan med anteckningar',
  'notes.qrHint': 'Skanna för att öppna anteckningarna i mobilen',
  'notes.heading': 'Anteckningar',
  'notes.count': { one: '{count} anteckning', other: '{count} anteckningar' },
  'notes.none': 'Inga anteckningar än. Vad kom ut av passet?',
  'notes.anonymous': 'Anonym',
  'notes.facilitator': 'Arrangör',
  'notes.you': '(du)',
  'notes.edited': 'ändrad',
  'notes.hiddenMark': 'Dold för deltagarna',
  'notes.label': 'Skriv en anteckning',
  'notes.hint': 'Alla på eventet kan läsa den. Länkar blir klickbara.',
  'notes.placeholder': 'Vad som sades, beslutades, delades…',
  'notes.submit': 'Lägg till',
  'notes.sending': 'Lägger till…',
  'notes.editLabel': 'Ändra din anteckning',
  'notes.hide': 'Dölj',
  'notes.unhide': 'Visa igen',
  'notes.joinToWrite': 'Gå med i eventet för att skriva anteckningar.',
  'notes.join': 'Gå med',
  'notes.closedForWriting': 'Anteckningar öppnar när schemat är publicerat.',
  'notes.writeOnline':
    'Så här såg anteckningarna ut när telefonen senast var uppkopplad. Du kan skriva en när du är online igen.',
  'notes.notFoundTitle': 'Passet finns inte',
  'notes.notFound': 'Det här passet finns inte i det publicerade schemat.',
  'notes.loadFailed': 'Kunde inte läsa in anteckningarna',
  'notes.proceedings': 'Alla pass',
  'notes.onProceedings': { one: '{count} anteckning', other: '{count} anteckningar' },
};
