import type { PartDictionary } from './plural';
import type { enAgenda } from './agenda.en';

/** Svenska for the published agenda on a phone: the type makes a missing or extra key a compile error. */
export const svAgenda: PartDictionary<typeof enAgenda> = {
  'agendaView.byTime': 'Efter tid',
  'agendaView.byRoom': 'Efter rum',
  'agendaView.show': 'Visa schemat',
  'agendaView.youVoted': 'Du röstade',
  'agendaView.notes': 'Anteckningar',
  'agendaView.notesLabel': 'Anteckningar: {title}',
  'agendaView.now': 'Nu',
  'agendaView.next': 'Nästa',
  'agendaView.until': 'Till kl. {time}',
  'agendaView.nowNextLabel': 'Nu och härnäst',
  'agendaView.notStarted': 'Dagen börjar kl. {time}.',
  'agendaView.gap': 'Kort paus. Nästa sessioner börjar kl. {time}.',
  'agendaView.nothingNow': 'Inget pågår just nu.',
  'agendaView.over': 'Det var dagens sista session.',
  'agendaView.nothingPlaced': 'Ingen session är schemalagd just då.',
  'agendaView.subscribe': 'Prenumerera i din kalender',
  'agendaView.feedAddress': 'Kalenderadress (https)',
  'agendaView.subscribeHint':
    'Din kalender följer ändringarna i schemat. Kopiera https-adressen till appar som ber om en.',
  'agendaView.proceedings': 'Alla sessioner på en sida',
  'agendaView.proceedingsHint':
    'Dokumentationen: rum, tider, värdar och prickar, att läsa efteråt, dela eller skriva ut.',

  'myDay.title': 'Min dag',
  'myDay.star': 'Stjärnmärk: {title}',
  'myDay.empty':
    'Stjärnmärk sessionerna du tänker gå på. De samlas här i tidsordning, tillsammans med dem du håller i.',
  'myDay.hosting': 'Du är värd',
  'myDay.clash': 'Krock: samma tid',
  'myDay.subscribe': 'Prenumerera på min dag',
  'myDay.feedAddress': 'Min dags adress (https)',
  'myDay.subscribeHint':
    'Bara dina stjärnmärkta sessioner och dem du håller i, med alla ändringar. Adressen är bara din: den visar din plan, inget annat.',
  'myDay.newLink': 'Ny adress',
  'myDay.newLinkQuestion':
    'Delat den av misstag? Den gamla adressen slutar fungera, även i kalendrar som prenumererar på den.',
  'myDay.newLinkDone': 'Din dag har en ny adress. Prenumerera igen med den.',

  'agenda.title': 'Schema',
  'agenda.empty': 'Inga sessioner är schemalagda än.',

  'moves.movedBoth': '{title} har flyttats: nu {time} i {room}',
  'moves.movedTime': '{title} har flyttats: nu {time}, fortfarande i {room}',
  'moves.movedRoom': '{title} har flyttats: nu i {room}, fortfarande {time}',
  'moves.removed': '{title} har tagits bort från schemat',
  'moves.added': '{title} finns på schemat: {time} i {room}',
  'moves.was': 'Var {time} i {room}',
  'moves.dayTime': '{day} {time}',
  'moves.dismiss': 'Stäng',
  'moves.history': 'Flyttar av dina sessioner ({count})',
  'moves.noticed': 'Sett kl. {time}',
};
