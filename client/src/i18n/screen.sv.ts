import type { PartDictionary } from './plural';
import type { enScreen } from './screen.en';

/** Svenska for the projector: the type makes a missing or extra key a compile error. */
export const svScreen: PartDictionary<typeof enScreen> = {
  'screen.how': 'Anslut, föreslå och rösta från mobilen:',

  'screen.now': 'Nu',
  'screen.next': 'Nästa',
  'screen.time': 'Tid',
  'screen.free': 'Ledigt',
  'screen.clock': 'Klockan',
  'screen.gridLabel': 'Schema, rum i kolumner, tider i rader',
  'screen.earlier': {
    one: 'Tidigare i dag: 1 pass, {from}–{to}. Hela dagen finns i mobilen.',
    other: 'Tidigare i dag: {count} pass, {from}–{to}. Hela dagen finns i mobilen.',
  },
  'screen.later': 'Senare: {times}. Hela dagen finns i mobilen.',
  'screen.alsoToday': 'Också i dag: {times}. Hela dagen finns i mobilen.',
  'screen.roomsPage': 'Rum {first}–{last} av {count}',
  'screen.roomPage': 'Rum {first} av {count}',
  'screen.pageOf': 'sida {number}/{pages}',
  'screen.noGrid': 'Schemat har inga rum eller tider än.',
  'screen.closed': 'Evenemanget är slut. Tack för att du kom!',
  'screen.scan': 'Skanna för att vara med',
  'screen.orGoTo': 'eller gå till',
  'screen.code': 'kod',
  'screen.joinAndVote': 'Var med och rösta',
  'screen.joinAndFollow': 'Följ schemat i mobilen',
  'screen.proposingTitle': 'Föreslå en session och lägg sedan dina prickar',
  'screen.votingTitle': 'Sista chansen att lägga prickar',
  'screen.topByDots': 'Flest prickar hittills',
  'screen.pitchedSoFar': 'Förslag hittills',
  'screen.blindNote': 'Resultatet visas när röstningen har stängt.',
  'screen.pitched': { one: '{count} föreslagen session', other: '{count} föreslagna sessioner' },
  'screen.showingTop': 'de {count} främsta visas',
  'screen.showingNewest': 'de {count} senaste visas',
  'screen.noPitches': 'Inga förslag än. Bli först!',
  'screen.dots': { one: 'prick', other: 'prickar' },
  'screen.buildingTitle': 'Schemat byggs just nu',
  'screen.buildingBody': 'Den dyker upp här, och i allas mobiler, så fort den är klar.',
};
