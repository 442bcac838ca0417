import type { Plural } from './plural';

/** English messages of the grid screens; they load with the facilitator's pages. */
export const enGrid = {
  'grid.tabsLabel': 'Facilitator pages',
  'grid.tabSetup': 'Set-up',
  'grid.tabGrid': 'Schedule grid',

  'grid.undo': 'Undo',
  'grid.redo': 'Redo',
  'grid.shortcut': 'Shortcut: {keys}',

  'grid.warnings': { one: '{count} warning', other: '{count} warnings' },
  'grid.noWarnings': 'No warnings',
  'grid.warningsTitle': 'Warnings on the grid',
  'grid.moreWarnings': '+{count} more',
  'grid.fewerWarnings': 'Show fewer',
  'grid.warnHost': 'Host in two places: {host}',
  'grid.starsSeats': {
    one: '{stars} starred, {count} seat',
    other: '{stars} starred, {count} seats',
  },
  'grid.warnSeats': {
    one: '{voters} voters, {count} seat',
    other: '{voters} voters, {count} seats',
  },
  'grid.warnShared': {
    one: 'Shares {count} voter with {title}',
    other: 'Shares {count} voters with {title}',
  },

  'grid.scrollLabel': 'The schedule grid',
  'grid.tableLabel': 'Schedule: rooms across, time slots down',
  'grid.timeHeader': 'Time',
  'grid.until': 'until',
  'grid.minutes': '{count} min',
  'grid.emptyCell': 'Empty cell: {where}',
  'grid.setupFirst':
    'The grid needs at least one room and one session slot. Add them on the set-up page.',
  'grid.toSetup': 'Go to set-up',

  'grid.unplacedTitle': 'Not on the grid',
  'grid.listShow': 'Show the sessions to place',
  'grid.listHide': 'Hide the sessions to place',
  'grid.searchLabel': 'Search the sessions',
  'grid.searchPlaceholder': 'Search title or host',
  'grid.unplacedEmpty': 'Every session is on the grid.',
  'grid.noMatch': 'No session matches “{query}”.',
  'grid.dropToList': 'Drop here to take it off the grid',
  'grid.returnToList': 'Take “{title}” off the grid',
  'grid.noHost': 'No host named',
  'grid.cardHint':
    'Drag it onto the grid, or press Enter to pick it up and then choose a cell. Escape cancels.',

  'grid.placing': 'Placing “{title}”: choose a cell. Escape cancels.',
  'grid.moving': 'Moving “{title}”: choose a cell. Escape cancels.',
  'grid.placeHere': 'Place here',
  'grid.dropHere': 'Drop here',
  'grid.swapWith': 'Swap with “{title}”',
  'grid.placeHereLabel': 'Place here: {where}',
  'grid.swapHereLabel': 'Swap with “{title}”: {where}',
  'grid.previewTitle': 'If placed here:',
  'grid.previewOk': 'No warnings here',

  'grid.menu': 'Actions for “{title}”',
  'grid.move': 'Move…',
  'grid.pin': 'Pin to this cell',
  'grid.unpin': 'Unpin',
  'grid.pinned': 'Pinned',
  'grid.remove': 'Remove from grid',

  'grid.announcePlaced': '“{title}” placed: {where}.',
  'grid.announceSwapped': '“{title}” swapped with “{other}”.',
  'grid.announceRemoved': '“{title}” is off the grid.',
  'grid.announceUndone': 'Undone: the grid is back as it was before the last change.',
  'grid.announceRedone': 'Redone: the change is back on the grid.',

  // Failures only the grid's writes can meet; the common ones are in en.ts.
  'error.cell_taken': 'That cell already has a session.',
  'error.slot_not_schedulable': 'Sessions cannot be placed in a break.',
  'error.stale_version':
    'Someone else changed this at the same time. It is up to date now: try again.',
  'error.nothing_to_undo': 'There is nothing to undo.',
  'error.nothing_to_redo': 'There is nothing to redo.',
  'error.history_conflict': 'That step can no longer be undone: things have changed since.',
} satisfies Record<string, string | Plural>;
