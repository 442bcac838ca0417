import type { Plural } from './plural';

/** English messages of the door sheets; they load with their chunk. */
export const enDoors = {
  'doors.eyebrow': 'Door sheets',
  'doors.pageTitle': 'Door sheets: {name}',
  'doors.count': { one: '{count} sheet', other: '{count} sheets' },
  'doors.hint':
    'One A4 page per room: print on A4, portrait, at 100% scale, and tape each sheet beside its room’s door. Each QR code opens its session on the proceedings page.',
  'doors.print': 'Print the sheets',
  'doors.hosts': { one: 'Hosted by {hosts}', other: 'Hosted by {hosts}' },
  'doors.open': 'Open',
  'doors.allRooms': 'all rooms',
  'doors.qrAlt': 'QR code to “{title}” on the proceedings page',
  'doors.scan': 'Scan a code to open the session’s page.',
  'doors.notPublishedTitle': 'The agenda is not published yet',
  'doors.notPublished':
    'Once the facilitators publish it, this page gives every room a sheet for its door: its sessions, their hosts and a QR code to each.',
  'doors.empty': 'There are no rooms or time slots to print yet.',
  'doors.loadFailed': 'Could not load the door sheets',
} satisfies Record<string, string | Plural>;
