import type { Plural } from './plural';

/** English messages of the projector; they load with its chunk. */
export const enScreen = {
  'screen.how': 'Join, pitch and vote from your phone:',

  'screen.now': 'Now',
  'screen.next': 'Next',
  'screen.time': 'Time',
  'screen.free': 'Free',
  'screen.clock': 'Time now',
  'screen.gridLabel': 'Agenda, rooms across, times down',
  'screen.noGrid': 'The agenda has no rooms or time slots yet.',
  'screen.closed': 'The event is over. Thanks for coming!',
  'screen.scan': 'Scan to join',
  'screen.orGoTo': 'or go to',
  'screen.code': 'code',
  'screen.joinAndVote': 'Join and vote',
  'screen.joinAndFollow': 'Follow the agenda on your phone',
  'screen.proposingTitle': 'Pitch a session, then spend your dots',
  'screen.votingTitle': 'Last call for dots',
  'screen.topByDots': 'Most dots so far',
  'screen.pitchedSoFar': 'Pitched so far',
  'screen.blindNote': 'Tallies stay hidden until voting closes.',
  'screen.pitched': { one: '{count} session pitched', other: '{count} sessions pitched' },
  'screen.showingTop': 'top {count} shown',
  'screen.showingNewest': 'newest {count} shown',
  'screen.noPitches': 'No pitches yet. Be the first!',
  'screen.dots': { one: 'dot', other: 'dots' },
  'screen.buildingTitle': 'The agenda is being built',
  'screen.buildingBody': 'It appears here, and on every phone, the moment it is ready.',
} satisfies Record<string, string | Plural>;
