import type { PartDictionary } from './plural';
import type { enPhase } from './phase.en';

/** Svenska texter för fasbyten: publiceringen, bekräftelsen och ångra. */
export const svPhase: PartDictionary<typeof enPhase> = {
  'phaseChange.controlLabel': 'Fas och vem som ser schemat',
  'phaseChange.whoHidden': 'bara arrangörerna ser schemat',
  'phaseChange.whoLive': 'deltagarna ser schemat',
  'phaseChange.whoClosed': 'deltagarna ser schemat, utan att kunna ändra',
  'phaseChange.publish': 'Publicera schemat',
  'phaseChange.unpublish': 'Tillbaka till schemaläggning',
  'phaseChange.reopen': 'Öppna igen',

  'phaseChange.titlePublish': 'Publicera schemat?',
  'phaseChange.titleClose': 'Avsluta evenemanget?',
  'phaseChange.titleBack': 'Gå tillbaka till ”{phase}”?',
  'phaseChange.titleOn': 'Gå vidare till ”{phase}”?',
  'phaseChange.lead': 'Från ”{from}” till ”{to}”: telefoner och projektor ändras direkt.',
  'phaseChange.confirmClose': 'Avsluta evenemanget',
  'phaseChange.confirmSwitch': 'Byt till ”{phase}”',
  'phaseChange.undoHint': 'Du kan ångra det direkt efteråt.',

  'phaseChange.showsAgenda':
    'Deltagarnas telefoner och projektorn kommer att visa det här schemat: {sessions} i {rooms}.',
  'phaseChange.sessions': { one: '{count} session', other: '{count} sessioner' },
  'phaseChange.rooms': { one: '{count} rum', other: '{count} rum' },
  'phaseChange.emptyGrid': 'Schemat är tomt: deltagarna får se ett tomt schema.',
  'phaseChange.unplaced': {
    one: '{count} session finns inte i schemat: deltagarna kommer inte att se den.',
    other: '{count} sessioner finns inte i schemat: deltagarna kommer inte att se dem.',
  },
  'phaseChange.warnings': {
    one: 'Schemat har {count} varning (en värd på två ställen, för få platser eller delade röster).',
    other:
      'Schemat har {count} varningar (värdar på två ställen, för få platser eller delade röster).',
  },
  'phaseChange.hidesAgenda':
    'Schemat försvinner från deltagarnas telefoner och projektorn tills du publicerar det igen.',
  'phaseChange.ends':
    'Evenemanget är slut för deltagarna: schemat ligger kvar i telefonerna och på projektorn, utan ”nu” och ”sedan”, och kan inte ändras.',
  'phaseChange.stopsPitching': 'Deltagarna kan inte längre föreslå sessioner.',
  'phaseChange.stopsVoting':
    'Röstningen stänger: deltagarna kan inte längre lägga eller flytta prickar.',
  'phaseChange.opensPitching': 'Deltagarna kan föreslå sessioner igen.',
  'phaseChange.opensVoting': 'Deltagarna kan rösta igen.',

  'phaseChange.done': 'Fasen är nu ”{phase}”.',
  'phaseChange.undo': 'Ångra',

  // Failures only a phase change can meet; the common ones are in sv.ts.
  'error.phase_changed':
    'Fasen har bytts sedan dess, här eller av en annan arrangör: ingenting ändrades.',
};
