import type { PartDictionary } from './plural';
import type { enGrid } from './grid.en';

/** Svenska for the grid screens: the type makes a missing or extra key a compile error. */
export const svGrid: PartDictionary<typeof enGrid> = {
  'grid.tabsLabel': 'Arrangörens sidor',
  'grid.tabSetup': 'Förberedelser',
  'grid.tabGrid': 'Schema',

  'grid.undo': 'Ångra',
  'grid.redo': 'Gör om',
  'grid.shortcut': 'Kortkommando: {keys}',

  'grid.warnings': { one: '{count} varning', other: '{count} varningar' },
  'grid.noWarnings': 'Inga varningar',
  'grid.warningsTitle': 'Varningar i schemat',
  'grid.moreWarnings': '+{count} till',
  'grid.fewerWarnings': 'Visa färre',
  'grid.warnHost': 'Värd på två ställen: {host}',
  'grid.starsSeats': {
    one: '{stars} stjärnmärkt, {count} plats',
    other: '{stars} stjärnmärkt, {count} platser',
  },
  'grid.warnSeats': {
    one: '{voters} röstande, {count} plats',
    other: '{voters} röstande, {count} platser',
  },
  'grid.warnShared': {
    one: 'Delar {count} röstande med {title}',
    other: 'Delar {count} röstande med {title}',
  },

  'grid.scrollLabel': 'Schemat',
  'grid.tableLabel': 'Schema: rum på bredden, tider på höjden',
  'grid.timeHeader': 'Tid',
  'grid.until': 'till',
  'grid.minutes': '{count} min',
  'grid.emptyCell': 'Tom ruta: {where}',
  'grid.setupFirst':
    'Schemat behöver minst ett rum och ett sessionspass. Lägg till dem under förberedelserna.',
  'grid.toSetup': 'Till förberedelserna',

  'grid.unplacedTitle': 'Inte i schemat',
  'grid.listShow': 'Visa sessionerna som ska placeras',
  'grid.listHide': 'Dölj sessionerna som ska placeras',
  'grid.searchLabel': 'Sök bland sessionerna',
  'grid.searchPlaceholder': 'Sök titel eller värd',
  'grid.unplacedEmpty': 'Alla sessioner ligger i schemat.',
  'grid.noMatch': 'Ingen session matchar ”{query}”.',
  'grid.dropToList': 'Släpp här för att ta bort den ur schemat',
  'grid.returnToList': 'Ta bort ”{title}” ur schemat',
  'grid.noHost': 'Ingen värd angiven',
  'grid.cardHint':
    'Dra den till schemat, eller tryck Enter för att plocka upp den och välj sedan en ruta. Escape avbryter.',

  'grid.placing': 'Du placerar ”{title}”: välj en ruta. Escape avbryter.',
  'grid.moving': 'Du flyttar ”{title}”: välj en ruta. Escape avbryter.',
  'grid.placeHere': 'Placera här',
  'grid.dropHere': 'Släpp här',
  'grid.swapWith': 'Byt plats med ”{title}”',
  'grid.placeHereLabel': 'Placera här: {where}',
  'grid.swapHereLabel': 'Byt plats med ”{title}”: {where}',
  'grid.previewTitle': 'Om den hamnar här:',
  'grid.previewOk': 'Inga varningar här',

  'grid.menu': 'Åtgärder för ”{title}”',
  'grid.move': 'Flytta…',
  'grid.pin': 'Lås vid den här rutan',
  'grid.unpin': 'Lås upp',
  'grid.pinned': 'Låst',
  'grid.remove': 'Ta bort ur schemat',

  'grid.announcePlaced': '”{title}” är placerad: {where}.',
  'grid.announceSwapped': '”{title}” har bytt plats med ”{other}”.',
  'grid.announceRemoved': '”{title}” ligger inte längre i schemat.',
  'grid.announceUndone': 'Ångrat: schemat är som före den senaste ändringen.',
  'grid.announceRedone': 'Gjort om: ändringen är tillbaka i schemat.',

  // Failures only the grid's writes can meet; the common ones are in sv.ts.
  'error.cell_taken': 'Den rutan har redan en session.',
  'error.slot_not_schedulable': 'Sessioner kan inte läggas i en paus.',
  'error.stale_version': 'Någon annan ändrade samtidigt. Nu är allt uppdaterat: försök igen.',
  'error.nothing_to_undo': 'Det finns inget att ångra.',
  'error.nothing_to_redo': 'Det finns inget att göra om.',
  'error.history_conflict': 'Det steget går inte längre att ångra: mycket har ändrats sedan dess.',
};
