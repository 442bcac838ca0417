import type { Plural } from './plural';

/** English messages of creating and setting up an event: the home page, the facilitator's board and share links; they load with its chunk. */
export const enSetup = {
  'home.eyebrow': 'For unconferences, barcamps and Open Space',
  'home.title': 'Build the agenda together, live.',
  'home.lead':
    'People pitch sessions from their phones, everybody votes with a few dots, and you turn the result into an agenda that every screen shows at once. No accounts, no sticky notes, no photos of the wall.',
  'home.step1Title': 'Pitch',
  'home.step1Body': 'Scan the code, write a title, done. Under a minute.',
  'home.step2Title': 'Dot-vote',
  'home.step2Body': 'Everyone spends a few dots on the sessions they want.',
  'home.step3Title': 'Schedule',
  'home.step3Body': 'Rooms and time slots fill up; every screen follows along.',
  'home.footer': 'Knyta: the live agenda builder for unconferences.',

  'myEvents.title': 'Your events in this browser',
  'myEvents.admin': 'Facilitator',
  'myEvents.participant': 'Participant',
  'myEvents.unnamed': 'An event you opened earlier',
  'myEvents.forget': 'Forget',
  'myEvents.forgetAdmin':
    'Forget it here? The admin link is the only key: keep a copy if you still run this event.',
  'myEvents.forgetParticipant':
    'Forget it here? Your dots stay, but this browser cannot change them.',

  'create.title': 'Create an event',
  'create.lead': 'Set it up in a minute; you can change everything later.',
  'create.submit': 'Create event',
  'create.creating': 'Creating…',

  'event.name': 'Event name',
  'event.namePlaceholder': 'Knytkonferens 2026',
  'event.date': 'Date',
  'event.timezone': 'Time zone',
  'event.language': 'Event language',
  'event.dots': 'Dots per participant',
  'event.maxDots': 'Max dots on one session',
  'event.blind': 'Blind voting',
  'event.blindHint': 'Hide the tallies from participants until voting closes.',

  'created.title': 'Your event is ready',
  'created.secretWarning':
    'Keep this link secret: it is the only key to run your event. Anyone who has it can change everything.',
  'created.adminLink': 'Your admin link',
  'created.openAdmin': 'Open the facilitator page',
  'created.another': 'Create another event',

  'share.title': 'Invite people',
  'share.code': 'Join code',
  'share.codeHint': 'Type it at this site, or scan the QR code.',
  'share.joinLink': 'Join link',
  'share.screenLink': 'Projector view',
  'share.adminLinkTitle': 'Admin link for a co-facilitator',
  'share.newAdminLink': 'New admin link',
  'share.newAdminLinkQuestion':
    'The current link stops working for everyone who has it, open facilitator pages too. Give the new one to those who should keep it.',
  'share.adminLinkRenewed': 'New admin link made: the old one no longer works.',

  'phaseAdmin.proposing': 'Participants pitch sessions and vote.',
  'phaseAdmin.voting': 'Pitching is closed; voting is still open.',
  'phaseAdmin.scheduling': 'Voting is closed; you build the agenda.',
  'phaseAdmin.live': 'The agenda is shown to everyone.',
  'phaseAdmin.closed': 'Everything is read-only.',

  'admin.eyebrow': 'Facilitator',
  'admin.noAccessTitle': 'This page needs the admin link',
  'admin.noAccess':
    'Open the admin link you got when the event was created. It is the only key to run the event.',
  'admin.badLink':
    'This admin link does not work for this event. It may have been replaced by a new one: ask a facilitator for the current link.',
  'admin.phaseTitle': 'Phase',
  'admin.phaseLead': 'The phase decides what participants can do. You can always act.',
  'admin.settingsTitle': 'Settings',
  'admin.settingsSaved': 'Settings saved',
  'admin.proposalsTitle': 'Proposals',
  'admin.proposalsSummary': {
    one: '{count} session · {dots} dots · {hidden} hidden',
    other: '{count} sessions · {dots} dots · {hidden} hidden',
  },
  'admin.proposalsEmpty': 'No proposals yet. Share the join code to get people pitching.',
  'admin.hide': 'Hide',
  'admin.unhide': 'Show again',

  'room.title': 'Rooms',
  'room.summary': { one: '{count} room · {seats} seats', other: '{count} rooms · {seats} seats' },
  'room.empty': 'No rooms yet.',
  'room.addTitle': 'Add a room',
  'room.name': 'Name',
  'room.namePlaceholder': 'e.g. The library',
  'room.capacity': 'Seats',
  'room.notes': 'Notes',
  'room.notesPlaceholder': 'Projector, accessible…',
  'room.add': 'Add room',
  'room.seats': { one: '{count} seat', other: '{count} seats' },
  'room.confirmDelete': 'Delete {name}?',

  'slot.title': 'Time slots',
  'slot.summary': {
    one: '{count} session slot · times in {tz}',
    other: '{count} session slots · times in {tz}',
  },
  'slot.empty': 'No time slots yet. Generate a day below.',
  'slot.addTitle': 'Add one slot',
  'slot.date': 'Day',
  'slot.start': 'Starts',
  'slot.end': 'Ends',
  'slot.kind': 'Kind',
  'slot.label': 'Label',
  'slot.labelPlaceholder': 'e.g. Lunch',
  'slot.add': 'Add slot',
  'slot.badRange': 'A slot must end after it starts.',
  'slot.confirmDelete': 'Delete {time}?',
  'slot.minutes': { one: '{count} minute', other: '{count} minutes' },
  'slot.lunch': 'Lunch',
  'slot.generated': 'The slots are added',

  'generator.title': 'Generate a day',
  'generator.firstStart': 'First start',
  'generator.lastEnd': 'Last end',
  'generator.session': 'Session (min)',
  'generator.break': 'Break (min)',
  'generator.lunch': 'Lunch break',
  'generator.lunchStart': 'Lunch from',
  'generator.lunchEnd': 'Lunch until',
  'generator.preview': { one: 'Preview: {count} session', other: 'Preview: {count} sessions' },
  'generator.add': { one: 'Add this slot', other: 'Add these {count} slots' },
  'generator.clashes': {
    one: '{count} of these overlaps a slot you already have.',
    other: '{count} of these overlap slots you already have.',
  },
  'generator.no_date': 'Pick a day first.',
  'generator.bad_time': 'Check the times: each must end after it starts.',
  'generator.bad_length': 'Sessions must be at least 5 minutes; breaks 0 or more.',
  'generator.empty_day': 'No session fits between these times.',
  'import.title': 'Start from a file',
  'import.lead':
    'Last year’s export (JSON) or a CSV of rooms and slots: a new event with the same rooms, slots and agenda, ready for new pitches and dots.',
  'import.choose': 'Import an event…',
  'import.importing': 'Importing…',
  'import.refused': 'This file cannot be imported.',
  'import.notJson': '{name} is neither a Knyta export (JSON) nor a CSV file.',

  'export.title': 'Export',
  'export.lead':
    'Download the event: for the archive, a spreadsheet, the conference apps or a calendar. Or open the proceedings, to share or print, and the door sheets for every room.',
  'export.json': 'Whole event (JSON)',
  'export.jsonHint':
    'Rooms, slots, sessions, the agenda, dot and star totals; import it next year.',
  'export.csv': 'Sessions (CSV)',
  'export.csvHint': 'One line per session, for Excel, Numbers or LibreOffice.',
  'export.frab': 'Schedule for apps',
  'export.frabHint': 'frab JSON, for Giggity and EventFahrplan; public once the agenda is live.',
  'export.ics': 'Calendar (iCalendar)',
  'export.icsHint':
    'The agenda for calendar apps; once it is live, participants subscribe to it from their agenda.',
  'export.proceedings': 'Proceedings (web page)',
  'export.proceedingsHint':
    'Every session with its room, time, hosts and dots, to read on a phone or print; public once the agenda is live.',
  'export.doors': 'Door sheets (print)',
  'export.doorsHint':
    'One A4 page per room, for its door: each slot’s session, its hosts and a QR code to it; public once the agenda is live.',
  'export.downloading': 'Downloading…',

  // Failures only setting up an event can meet; the common ones are in en.ts.
  'error.invalid_timezone': 'That time zone is unknown. Pick one from the list.',
  'error.invalid_time_range': 'A slot must end after it starts.',
} satisfies Record<string, string | Plural>;
