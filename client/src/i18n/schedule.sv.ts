import type { PartDictionary } from './plural';
import type { enSchedule } from './schedule.en';

/** Svenska for the scheduling tools: the type makes a missing or extra key a compile error. */
export const svSchedule: PartDictionary<typeof enSchedule> = {
  'schedule.close': 'Stäng',
  'schedule.next': 'Nästa',
  'schedule.back': 'Tillbaka',
  'schedule.undo': 'Ångra',
  'schedule.from': 'från',
  'schedule.to': 'till',

  'schedule.score': 'Poäng',
  'schedule.scoreLabel': 'Poäng för det nuvarande schemat',
  'schedule.scoreExplained':
    'Poäng = uppfyllda prickar − personer utan plats − 10 × krockar. Högre är bättre.',
  'schedule.honoured': { one: 'uppfylld prick', other: 'uppfyllda prickar' },
  'schedule.overflow': { one: 'utan plats', other: 'utan plats' },
  'schedule.avoid': { one: 'krock', other: 'krockar' },
  'schedule.honouredHint':
    'Prickar vars ägare kan gå dit: per person och pass räknas den bästa sessionen.',
  'schedule.overflowHint': 'Personer med prickar på en session utöver rummets platser.',
  'schedule.avoidHint': 'Par markerade ”inte samtidigt” som går samtidigt.',
  'schedule.honouredRow': 'Uppfyllda prickar',
  'schedule.overflowRow': 'Personer utan plats',
  'schedule.avoidRow': 'Krockar (inte samtidigt)',

  'schedule.suggestButton': 'Föreslå schema',
  'schedule.suggestTitle': 'Föreslå schema',
  'schedule.suggestLead':
    'Knyta gör ett utkast utifrån rösterna. Inget ändras förrän du tillämpar det, och du kan ångra.',
  'schedule.modeLegend': 'Vad får ändras?',
  'schedule.fillTitle': 'Fyll tomma rutor',
  'schedule.fillBody': 'Behåll schemat som det är; bara tomma rutor får sessioner.',
  'schedule.fillMeta': {
    one: '{count} session ligger kvar',
    other: '{count} sessioner ligger kvar',
  },
  'schedule.replanTitle': 'Planera om allt som inte är fäst',
  'schedule.replanBody': 'Börja om utifrån rösterna; bara fästa sessioner behåller sin ruta.',
  'schedule.replanMeta': { one: '{count} fäst session', other: '{count} fästa sessioner' },
  'schedule.timeLegend': 'Betänketid',
  'schedule.quick': '1 sekund',
  'schedule.longer': '3 sekunder: tänk längre',
  'schedule.needsGrid': 'Lägg först till minst ett rum och ett sessionspass.',
  'schedule.run': 'Föreslå',
  'schedule.thinking': {
    one: 'Provar tusentals upplägg i {count} sekund…',
    other: 'Provar tusentals upplägg i {count} sekunder…',
  },
  'schedule.added': { one: 'Ny i schemat ({count})', other: 'Nya i schemat ({count})' },
  'schedule.moved': { one: 'Flyttad ({count})', other: 'Flyttade ({count})' },
  'schedule.removed': {
    one: 'Tas bort ur schemat ({count})',
    other: 'Tas bort ur schemat ({count})',
  },
  'schedule.countAdded': { one: '{count} ny', other: '{count} nya' },
  'schedule.countMoved': { one: '{count} flyttad', other: '{count} flyttade' },
  'schedule.countRemoved': { one: '{count} borttagen', other: '{count} borttagna' },
  'schedule.unchanged': { one: '{count} oförändrad', other: '{count} oförändrade' },
  'schedule.noChanges': 'Det här är schemat du redan har: inget att ändra.',
  'schedule.goneSession': '(en session som inte finns längre)',
  'schedule.outdated': 'Något har ändrats sedan förslaget togs fram.',
  'schedule.apply': 'Tillämpa',
  'schedule.applying': 'Tillämpar…',
  'schedule.discard': 'Förkasta',
  'schedule.applied': 'Klart. Du kan ångra med ett klick.',
  'schedule.staleTitle': 'Schemat ändrades under tiden',
  'schedule.staleBody':
    'Någon flyttade en session eller ändrade något annat efter att förslaget togs fram, så det tillämpades inte. Föreslå igen för att utgå från schemat som det ser ut nu.',
  'schedule.suggestAgain': 'Föreslå igen',

  'schedule.avoidButton': 'Inte samtidigt',
  'schedule.avoidTitle': 'Inte samtidigt',
  'schedule.avoidLead':
    'Sessioner som inte bör gå samtidigt, till exempel för att samma personer vill gå på båda. Schemaförslaget håller isär dem; varje krock kostar 10 poäng.',
  'schedule.avoidEmpty': 'Inga par ännu.',
  'schedule.pairSep': 'och',
  'schedule.pairRemove': 'Ta bort',
  'schedule.pairRemoveLabel': 'Ta bort paret {a} och {b}',
  'schedule.pairAddTitle': 'Lägg till ett par',
  'schedule.pairFirst': 'Den här sessionen…',
  'schedule.pairSecond': '…inte samtidigt som',
  'schedule.pairAdd': 'Lägg till par',
  'schedule.pairAdded': 'De hålls isär.',
  'schedule.alreadyApart': 'Hålls redan isär',
  'schedule.pickerSearch': 'Sök bland rubriker och värdar',
  'schedule.pickerNone': 'Ingen session matchar.',

  'schedule.avoidWith': 'Inte samtidigt som…',
  'schedule.avoidWithTitle': 'Inte samtidigt som ”{title}”',
  'schedule.avoidPick': 'Håll isär från',
  'schedule.keepApart': 'Håll isär',

  'schedule.mergeInto': 'Slå ihop med…',
  'schedule.mergeTitle': 'Slå ihop ”{title}”',
  'schedule.mergeLead': 'För dubbletter: välj den session som den här ska bli en del av.',
  'schedule.mergePick': 'Slå ihop med',
  'schedule.mergeQuestion': 'Slå ihop ”{source}” med ”{into}”?',
  'schedule.mergeFactGone':
    '”{source}” försvinner från alla listor; den andra behåller sin rubrik och text.',
  'schedule.mergeFactVotes': {
    one: 'Rösterna flyttas över, högst {count} prick per person; överblivna prickar går tillbaka till sina ägare.',
    other:
      'Rösterna flyttas över, högst {count} prickar per person; överblivna prickar går tillbaka till sina ägare.',
  },
  'schedule.mergeFactTally': {
    one: '”{into}” får {dots} från {count} person.',
    other: '”{into}” får {dots} från {count} personer.',
  },
  'schedule.mergeFactRefund': {
    one: '{count} prick går tillbaka.',
    other: '{count} prickar går tillbaka.',
  },
  'schedule.mergeFactHosts': 'Värdarna slås ihop: {hosts}.',
  'schedule.mergeFactCell': 'Dess plats i schemat ({cell}) blir ledig.',
  'schedule.mergeFactUndo': 'Du kan ångra det.',
  'schedule.mergeConfirm': 'Slå ihop',
  'schedule.merging': 'Slår ihop…',
  'schedule.merged': '”{source}” är ihopslagen med ”{into}”.',
  'schedule.mergeUndone': 'Sammanslagningen är ångrad.',

  // Failures only the scheduling tools can meet; the common ones are in sv.ts.
  'error.merge_invalid': 'De här sessionerna går inte att slå ihop.',
  'error.schedule_invalid': 'Schemat bryter mot en regel för rutnätet. Inget ändrades.',
};
