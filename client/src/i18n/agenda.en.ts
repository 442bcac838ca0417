import type { Plural } from './plural';

/** English messages of the published agenda on a phone; they load with its chunk. */
export const enAgenda = {
  'agendaView.byTime': 'By time',
  'agendaView.byRoom': 'By room',
  'agendaView.show': 'Show the agenda',
  'agendaView.youVoted': 'You voted',
  'agendaView.notes': 'Notes',
  'agendaView.notesLabel': 'Notes: {title}',
  'agendaView.now': 'Now',
  'agendaView.next': 'Next',
  'agendaView.until': 'Until {time}',
  'agendaView.nowNextLabel': 'Now and next',
  'agendaView.notStarted': 'The day starts at {time}.',
  'agendaView.gap': 'Short break. The next sessions start at {time}.',
  'agendaView.nothingNow': 'Nothing is running right now.',
  'agendaView.over': 'That was the last session of the day.',
  'agendaView.nothingPlaced': 'Nothing is scheduled in this slot.',
  'agendaView.subscribe': 'Subscribe in your calendar',
  'agendaView.feedAddress': 'Calendar address (https)',
  'agendaView.subscribeHint':
    'Your calendar follows the changes to the agenda. Copy the https address into apps that ask for one.',
  'agendaView.proceedings': 'Every session on one page',
  'agendaView.proceedingsHint':
    'The proceedings: rooms, times, hosts and dots, to read afterwards, share or print.',

  'myDay.title': 'My day',
  'myDay.star': 'Star: {title}',
  'myDay.empty':
    'Star the sessions you plan to attend. They gather here in time order, with the ones you host.',
  'myDay.hosting': 'You host',
  'myDay.clash': 'Clash: same time',
  'myDay.subscribe': 'Subscribe to my day',
  'myDay.feedAddress': 'My day’s address (https)',
  'myDay.subscribeHint':
    'Only your starred and hosted sessions, following every change. The address is yours alone: it shows your plan, nothing else.',
  'myDay.newLink': 'New address',
  'myDay.newLinkQuestion':
    'Shared it by mistake? The old address stops working, calendars subscribed to it too.',
  'myDay.newLinkDone': 'Your day has a new address. Subscribe again with it.',

  'agenda.title': 'Agenda',
  'agenda.empty': 'No sessions are on the agenda yet.',

  'moves.movedBoth': '{title} moved: now {time} in {room}',
  'moves.movedTime': '{title} moved: now {time}, still in {room}',
  'moves.movedRoom': '{title} moved: now in {room}, still at {time}',
  'moves.removed': '{title} was taken off the agenda',
  'moves.added': '{title} is on the agenda: {time} in {room}',
  'moves.was': 'Was {time} in {room}',
  'moves.dayTime': '{day}, {time}',
  'moves.dismiss': 'Dismiss',
  'moves.history': 'Moves of your sessions ({count})',
  'moves.noticed': 'Seen at {time}',
} satisfies Record<string, string | Plural>;
