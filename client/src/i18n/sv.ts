import type { en } from './en';
import type { PartDictionary } from './plural';

/** Svenska: the type makes a missing or extra key a compile error. */
export const sv: PartDictionary<typeof en> = {
  'app.name': 'Knyta',

  'lang.label': 'Språk',
  'lang.en': 'Engelska',
  'lang.sv': 'Svenska',
  'lang.enShort': 'EN',
  'lang.svShort': 'SV',

  'common.cancel': 'Avbryt',
  'common.save': 'Spara',
  'common.reset': 'Ångra ändringar',
  'common.edit': 'Redigera',
  'common.delete': 'Ta bort',
  'common.copy': 'Kopiera',
  'common.copied': 'Kopierat',
  'common.dismiss': 'Stäng',
  'common.loading': 'Laddar…',
  'common.retry': 'Försök igen',
  'common.home': 'Till startsidan',

  'conn.connecting': 'Ansluter…',
  'conn.live': 'Ansluten',
  'conn.reconnecting': 'Återansluter…',
  'conn.offline': 'Offline',

  'joinCode.title': 'Anslut med kod',
  'joinCode.label': 'Kod',
  'joinCode.placeholder': 'ABC234',
  'joinCode.submit': 'Anslut',
  'joinCode.hint': 'Sex bokstäver och siffror, visas av arrangören.',
  'joinCode.invalid': 'En kod har {n} bokstäver och siffror.',

  'event.notFoundTitle': 'Evenemanget finns inte',
  'event.notFound': 'Det här evenemanget finns inte, eller så har det tagits bort.',

  'share.qrAlt': 'QR-kod med länken för att ansluta',

  'join.loading': 'Letar upp evenemanget…',
  'join.eyebrow': 'Du ansluter till',
  'join.lead': 'Föreslå sessioner och rösta med dina prickar. Inget konto behövs.',
  'join.nameLabel': 'Ditt namn (valfritt)',
  'join.namePlaceholder': 't.ex. Anna',
  'join.nameHint': 'Visas som värd för sessionerna du föreslår.',
  'join.submit': 'Anslut',
  'join.joining': 'Ansluter…',
  'join.codeShown': 'Kod {code}',
  'join.notFoundTitle': 'Inget sådant evenemang',
  'join.notFound': 'Inget evenemang har koden {code}. Kontrollera den och försök igen.',
  'join.errorTitle': 'Kunde inte slå upp koden',

  'phase.label': 'Fas',
  'phase.proposing': 'Förslag',
  'phase.voting': 'Röstning',
  'phase.scheduling': 'Schemaläggning',
  'phase.live': 'Pågår',
  'phase.closed': 'Avslutad',

  'phaseHelp.proposing':
    'Marknadsplatsen är öppen: föreslå en session, och sätt dina prickar på dem du vill gå på.',
  'phaseHelp.voting':
    'Sista chansen för prickar: inga nya förslag, men du kan fortfarande flytta dina prickar.',
  'phaseHelp.scheduling':
    'Röstningen är stängd. Arrangörerna bygger schemat; det dyker upp här när det är klart.',
  'phaseHelp.live': 'Schemat är publicerat. Ha en riktigt bra dag!',
  'phaseHelp.closed': 'Evenemanget är slut. Tack för att du kom!',

  'format.talk': 'Föredrag',
  'format.discussion': 'Diskussion',
  'format.workshop': 'Workshop',
  'format.demo': 'Demo',
  'format.other': 'Annat',

  'status.label': 'Fas och dina prickar',
  'dots.left': 'Prickar kvar',
  'dots.leftOf': '{n} av {total}',

  'tally.dots': { one: '{count} prick', other: '{count} prickar' },
  'tally.voters': { one: 'från {count} person', other: 'från {count} personer' },
  'tally.hidden': 'Resultatet visas när röstningen har stängt',

  'vote.group': 'Dina prickar på {title}',
  'vote.add': 'Sätt en prick på {title}',
  'vote.remove': 'Ta tillbaka en prick från {title}',
  'vote.yours': { one: 'Du har {count} prick här', other: 'Du har {count} prickar här' },
  'vote.noDotsLeft': 'Inga prickar kvar — ta tillbaka en från en annan session.',
  'vote.showMyDots': 'Visa mina prickar',
  'vote.capReached': {
    one: 'Högst {count} prick per session',
    other: 'Högst {count} prickar per session',
  },

  'list.title': 'Sessioner',
  'list.filter': 'Visa',
  'list.all': 'Alla ({count})',
  'list.mine': 'Mina ({count})',
  'list.voted': 'Mina prickar ({count})',
  'list.sort': 'Sortera efter',
  'list.newest': 'Senaste',
  'list.mostDots': 'Flest prickar',
  'list.empty': 'Inga förslag än. Bli först med att föreslå en session!',
  'list.emptyMine': 'Du har inte föreslagit någon session än.',
  'list.emptyVoted': 'Du har inte satt någon prick på en session än.',
  'list.archive': 'Alla föreslagna sessioner ({count})',

  'card.hostedBy': 'Värd:',
  'card.more': 'Visa mer',
  'card.less': 'Visa mindre',
  'card.edit': 'Redigera',
  'card.mine': 'Din',
  'card.hidden': 'Dold',

  'pitch.open': 'Föreslå en session',
  'pitch.heading': 'Föreslå en session',
  'pitch.lead':
    'Det räcker med en rubrik. Lägg gärna till en rad eller två så att folk vet vad de kan vänta sig.',
  'pitch.editHeading': 'Redigera sessionen',
  'pitch.title': 'Rubrik',
  'pitch.titlePlaceholder': 't.ex. Kanban för små team',
  'pitch.description': 'Beskrivning',
  'pitch.descriptionPlaceholder': 'Vad handlar den om, och vem passar den för?',
  'pitch.hosts': 'Värd(ar)',
  'pitch.hostsHint': 'Skilj flera namn åt med kommatecken.',
  'pitch.format': 'Format',
  'pitch.submit': 'Föreslå',
  'pitch.save': 'Spara ändringar',
  'pitch.sent': 'Din session är uppe på tavlan!',

  'slotKind.session': 'Session',
  'slotKind.break': 'Paus',
  'slotKind.plenary': 'Plenum',

  'notFound.title': 'Sidan finns inte',
  'notFound.body': 'Det finns inget på den här adressen.',

  'chars.count': '{n}/{max}',
  'chars.left': { one: '{count} tecken kvar', other: '{count} tecken kvar' },

  'form.notText': 'Ta bort det osynliga tecknet {char}: det är inte text.',

  'error.bad_request': 'Något i formuläret stämmer inte. Kontrollera och försök igen.',
  'error.unauthorized': 'Din nyckel till evenemanget gäller inte längre. Anslut igen.',
  'error.forbidden': 'Det har du inte behörighet att göra.',
  'error.not_found': 'Det finns inte längre: det kan ha tagits bort eller dolts.',
  'error.event_not_found': 'Evenemanget finns inte.',
  'error.join_code_not_found': 'Inget evenemang har den koden.',
  'error.budget_exceeded': 'Du har inga prickar kvar. Ta tillbaka en från en annan session först.',
  'error.proposal_cap_exceeded': 'Fler prickar än så kan du inte sätta på en session.',
  'error.phase_closed': 'Det är stängt i den nuvarande fasen.',
  'error.proposal_hidden': 'Sessionen har dolts av arrangörerna.',
  'error.rate_limited': 'För många förfrågningar. Vänta en stund och försök igen.',
  'error.rate_limited_wait': {
    one: 'För många försök – vänta {count} sekund och försök igen.',
    other: 'För många försök – vänta {count} sekunder och försök igen.',
  },
  'error.unavailable': 'Servern kan inte svara just nu. Försök igen om en stund.',
  'error.internal': 'Något gick fel hos oss. Försök igen.',
  'error.network': 'Ingen anslutning. Kontrollera wifi-nätet och försök igen.',
};
