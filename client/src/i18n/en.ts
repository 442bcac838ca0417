import type { Plural } from './plural';

export type { Plural };

/**
 * English messages every screen needs, the phone's above all; each screen's own messages come
 * with its chunk (setup, agenda, grid, schedule, screen). English is the reference: every
 * other language must have exactly these keys.
 */
export const en = {
  'app.name': 'Knyta',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.sv': 'Swedish',
  'lang.enShort': 'EN',
  'lang.svShort': 'SV',

  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.reset': 'Undo changes',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.dismiss': 'Dismiss',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.home': 'Go to the home page',

  // Never the phase's words: the phone shows both at once.
  'conn.connecting': 'Connecting…',
  'conn.live': 'Connected',
  'conn.reconnecting': 'Reconnecting…',
  'conn.offline': 'Offline',

  'joinCode.title': 'Join with a code',
  'joinCode.label': 'Join code',
  'joinCode.placeholder': 'ABC234',
  'joinCode.submit': 'Join',
  'joinCode.hint': 'Six letters and digits, shown by the facilitator.',
  'joinCode.invalid': 'A join code has {n} letters and digits.',

  'event.notFoundTitle': 'Event not found',
  'event.notFound': 'This event does not exist, or it has been removed.',

  'share.qrAlt': 'QR code with the join link',

  'join.loading': 'Looking up the event…',
  'join.eyebrow': 'You are joining',
  'join.lead': 'Pitch sessions and vote with your dots. No account needed.',
  'join.nameLabel': 'Your name (optional)',
  'join.namePlaceholder': 'e.g. Anna',
  'join.nameHint': 'Shown as the host of the sessions you pitch.',
  'join.submit': 'Join',
  'join.joining': 'Joining…',
  'join.codeShown': 'Code {code}',
  'join.notFoundTitle': 'No such event',
  'join.notFound': 'No event has the code {code}. Check it and try again.',
  'join.errorTitle': 'Could not look up the code',

  'phase.label': 'Phase',
  'phase.proposing': 'Proposing',
  'phase.voting': 'Voting',
  'phase.scheduling': 'Scheduling',
  'phase.live': 'Live',
  'phase.closed': 'Closed',

  'phaseHelp.proposing':
    'The marketplace is open: pitch a session, and put your dots on the ones you want to attend.',
  'phaseHelp.voting': 'Last call for dots: no new pitches, but you can still move your dots.',
  'phaseHelp.scheduling':
    'Voting is closed. The facilitators are building the agenda; it shows up here when it is ready.',
  'phaseHelp.live': 'The agenda is published. Have a great day!',
  'phaseHelp.closed': 'The event is over. Thanks for coming!',

  'format.talk': 'Talk',
  'format.discussion': 'Discussion',
  'format.workshop': 'Workshop',
  'format.demo': 'Demo',
  'format.other': 'Other',

  'status.label': 'Phase and your dots',
  'dots.left': 'Dots left',
  'dots.leftOf': '{n} of {total}',

  'tally.dots': { one: '{count} dot', other: '{count} dots' },
  'tally.voters': { one: 'from {count} person', other: 'from {count} people' },
  'tally.hidden': 'Tally hidden until voting closes',

  'vote.group': 'Your dots on {title}',
  'vote.add': 'Add a dot to {title}',
  'vote.remove': 'Take a dot back from {title}',
  'vote.yours': { one: 'You have {count} dot on this', other: 'You have {count} dots on this' },
  'vote.noDotsLeft': 'No dots left — take one back from another session.',
  'vote.showMyDots': 'Show my dots',
  'vote.capReached': {
    one: 'At most {count} dot per session',
    other: 'At most {count} dots per session',
  },

  'list.title': 'Sessions',
  'list.filter': 'Show',
  'list.all': 'All ({count})',
  'list.mine': 'Mine ({count})',
  'list.voted': 'My dots ({count})',
  'list.sort': 'Sort by',
  'list.newest': 'Newest',
  'list.mostDots': 'Most dots',
  'list.empty': 'No sessions yet. Be the first to pitch one!',
  'list.emptyMine': 'You have not pitched a session yet.',
  'list.emptyVoted': 'You have not put a dot on any session yet.',
  'list.archive': 'All proposed sessions ({count})',

  'card.hostedBy': 'Hosted by',
  'card.more': 'Show more',
  'card.less': 'Show less',
  'card.edit': 'Edit',
  'card.mine': 'Yours',
  'card.hidden': 'Hidden',

  'pitch.open': 'Pitch a session',
  'pitch.heading': 'Pitch a session',
  'pitch.lead': 'A title is enough. Add a line or two so people know what to expect.',
  'pitch.editHeading': 'Edit the session',
  'pitch.title': 'Title',
  'pitch.titlePlaceholder': 'e.g. Kanban for small teams',
  'pitch.description': 'Description',
  'pitch.descriptionPlaceholder': 'What is it about, and who is it for?',
  'pitch.hosts': 'Host(s)',
  'pitch.hostsHint': 'Separate several names with commas.',
  'pitch.format': 'Format',
  'pitch.submit': 'Pitch it',
  'pitch.save': 'Save changes',
  'pitch.sent': 'Your session is on the board!',

  'slotKind.session': 'Session',
  'slotKind.break': 'Break',
  'slotKind.plenary': 'Plenary',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',

  'chars.count': '{n}/{max}',
  'chars.left': { one: '{count} character left', other: '{count} characters left' },

  'form.notText': 'Remove the invisible character {char}: it is not text.',

  'error.bad_request': 'Something in the form is not right. Check it and try again.',
  'error.unauthorized': 'Your key for this event is not valid any more. Join again.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.not_found': 'That is gone: it may have been removed or hidden.',
  'error.event_not_found': 'This event does not exist.',
  'error.join_code_not_found': 'No event has that join code.',
  'error.budget_exceeded': 'You have no dots left. Take one back from another session first.',
  'error.proposal_cap_exceeded': 'That is the most dots one session can get from you.',
  'error.phase_closed': 'That is closed in the current phase.',
  'error.proposal_hidden': 'That session has been hidden by the facilitators.',
  'error.rate_limited': 'Too many requests. Wait a moment and try again.',
  'error.rate_limited_wait': {
    one: 'Too many tries — wait {count} second and try again.',
    other: 'Too many tries — wait {count} seconds and try again.',
  },
  'error.unavailable': 'The server cannot answer right now. Try again in a moment.',
  'error.internal': 'Something went wrong on our side. Try again.',
  'error.network': 'No connection. Check your Wi-Fi and try again.',
} satisfies Record<string, string | Plural>;
