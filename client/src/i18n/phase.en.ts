import type { Plural } from './plural';

/** English messages of phase changes: the publish control, its confirmation and undo. */
export const enPhase = {
  'phaseChange.controlLabel': 'Phase and who sees the agenda',
  'phaseChange.whoHidden': 'only facilitators see the grid',
  'phaseChange.whoLive': 'participants see the agenda',
  'phaseChange.whoClosed': 'participants see the agenda, read-only',
  'phaseChange.publish': 'Publish agenda',
  'phaseChange.unpublish': 'Back to scheduling',
  'phaseChange.reopen': 'Back to live',

  'phaseChange.titlePublish': 'Publish the agenda?',
  'phaseChange.titleClose': 'Close the event?',
  'phaseChange.titleBack': 'Go back to “{phase}”?',
  'phaseChange.titleOn': 'Move on to “{phase}”?',
  'phaseChange.lead': 'From “{from}” to “{to}”: phones and the projector change at once.',
  'phaseChange.confirmClose': 'Close the event',
  'phaseChange.confirmSwitch': 'Switch to “{phase}”',
  'phaseChange.undoHint': 'You can undo this right after.',

  'phaseChange.showsAgenda':
    'Participants’ phones and the projector will show this agenda: {sessions} in {rooms}.',
  'phaseChange.sessions': { one: '{count} session', other: '{count} sessions' },
  'phaseChange.rooms': { one: '{count} room', other: '{count} rooms' },
  'phaseChange.emptyGrid': 'The grid is empty: participants will see an empty agenda.',
  'phaseChange.unplaced': {
    one: '{count} session is not on the grid: participants will not see it.',
    other: '{count} sessions are not on the grid: participants will not see them.',
  },
  'phaseChange.warnings': {
    one: 'The grid has {count} warning (a host in two places, too few seats or shared voters).',
    other: 'The grid has {count} warnings (hosts in two places, too few seats or shared voters).',
  },
  'phaseChange.hidesAgenda':
    'The agenda disappears from participants’ phones and the projector until you publish it again.',
  'phaseChange.ends':
    'The event is over for participants: the agenda stays on their phones and the projector, read-only, without “now” and “next”.',
  'phaseChange.stopsPitching': 'Participants can no longer pitch sessions.',
  'phaseChange.stopsVoting': 'Voting closes: participants can no longer add or move their dots.',
  'phaseChange.opensPitching': 'Participants can pitch sessions again.',
  'phaseChange.opensVoting': 'Participants can vote again.',

  'phaseChange.done': 'The phase is now “{phase}”.',
  'phaseChange.undo': 'Undo',

  // Failures only a phase change can meet; the common ones are in en.ts.
  'error.phase_changed':
    'The phase has been changed since, here or by another facilitator: nothing was changed.',
} satisfies Record<string, string | Plural>;
