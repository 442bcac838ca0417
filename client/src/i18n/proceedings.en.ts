import type { Plural } from './plural';

/** English messages of the proceedings page; they load with its chunk. */
export const enProceedings = {
  'proceedings.eyebrow': 'Proceedings',
  'proceedings.pageTitle': 'Proceedings: {name}',
  'proceedings.print': 'Print',
  'proceedings.sessions': { one: '{count} session', other: '{count} sessions' },
  'proceedings.rooms': { one: 'in {count} room', other: 'in {count} rooms' },
  'proceedings.timeZone': 'Times in {zone}',
  'proceedings.hosts': { one: 'Hosted by {hosts}', other: 'Hosted by {hosts}' },
  'proceedings.notPublishedTitle': 'The agenda is not published yet',
  'proceedings.notPublished':
    'Once the facilitators publish it, this page lists every session with its room, time, hosts and dots.',
  'proceedings.empty': 'No sessions are on the agenda.',
  'proceedings.loadFailed': 'Could not load the proceedings',
} satisfies Record<string, string | Plural>;
