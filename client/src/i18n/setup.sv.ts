import type { PartDictionary } from './plural';
import type { enSetup } from './setup.en';

/** Svenska for creating and setting up an event: the home page, the facilitator's board and share links: the type makes a missing or extra key a compile error. */
export const svSetup: PartDictionary<typeof enSetup> = {
  'home.eyebrow': 'För knytkonferenser, barcamps och Open Space',
  'home.title': 'Bygg programmet tillsammans, live.',
  'home.lead':
    'Deltagarna föreslår sessioner från mobilen, alla röstar med några prickar, och ni gör om resultatet till ett schema som syns på alla skärmar direkt. Inga konton, inga lappar, inga foton av väggen.',
  'home.step1Title': 'Föreslå',
  'home.step1Body': 'Skanna koden, skriv en rubrik, klart. På under en minut.',
  'home.step2Title': 'Prickrösta',
  'home.step2Body': 'Alla fördelar några prickar på de sessioner de vill gå på.',
  'home.step3Title': 'Schemalägg',
  'home.step3Body': 'Rum och tidspass fylls på, och alla skärmar följer med.',
  'home.footer': 'Knyta – det levande schemat för knytkonferenser.',

  'myEvents.title': 'Dina evenemang i den här webbläsaren',
  'myEvents.admin': 'Arrangör',
  'myEvents.participant': 'Deltagare',
  'myEvents.unnamed': 'Ett evenemang du öppnat tidigare',
  'myEvents.forget': 'Glöm',
  'myEvents.forgetAdmin':
    'Glömma det här? Adminlänken är den enda nyckeln: spara en kopia om du fortfarande leder evenemanget.',
  'myEvents.forgetParticipant':
    'Glömma det här? Dina prickar finns kvar, men den här webbläsaren kan inte ändra dem.',

  'create.title': 'Skapa ett evenemang',
  'create.lead': 'Klart på en minut – allt går att ändra senare.',
  'create.submit': 'Skapa evenemang',
  'create.creating': 'Skapar…',

  'event.name': 'Evenemangets namn',
  'event.namePlaceholder': 'Knytkonferens 2026',
  'event.date': 'Datum',
  'event.timezone': 'Tidszon',
  'event.language': 'Evenemangets språk',
  'event.dots': 'Prickar per deltagare',
  'event.maxDots': 'Max prickar på en session',
  'event.blind': 'Dold röstning',
  'event.blindHint': 'Dölj resultatet för deltagarna tills röstningen har stängt.',

  'created.title': 'Ditt evenemang är klart',
  'created.secretWarning':
    'Håll den här länken hemlig: den är den enda nyckeln till ditt evenemang. Den som har den kan ändra allt.',
  'created.adminLink': 'Din adminlänk',
  'created.openAdmin': 'Öppna arrangörssidan',
  'created.another': 'Skapa ett evenemang till',

  'share.title': 'Bjud in',
  'share.code': 'Kod',
  'share.codeHint': 'Skriv in den på den här sajten, eller skanna QR-koden.',
  'share.joinLink': 'Länk för att ansluta',
  'share.screenLink': 'Projektorvy',
  'share.adminLinkTitle': 'Adminlänk till en medarrangör',
  'share.newAdminLink': 'Ny adminlänk',
  'share.newAdminLinkQuestion':
    'Den nuvarande länken slutar fungera för alla som har den, även på öppna arrangörssidor. Ge den nya till dem som ska ha kvar tillgången.',
  'share.adminLinkRenewed': 'Ny adminlänk skapad: den gamla fungerar inte längre.',

  'phaseAdmin.proposing': 'Deltagarna föreslår sessioner och röstar.',
  'phaseAdmin.voting': 'Förslagen är stängda; röstningen är öppen.',
  'phaseAdmin.scheduling': 'Röstningen är stängd; du bygger schemat.',
  'phaseAdmin.live': 'Schemat visas för alla.',
  'phaseAdmin.closed': 'Allt är skrivskyddat.',

  'admin.eyebrow': 'Arrangör',
  'admin.noAccessTitle': 'Den här sidan kräver adminlänken',
  'admin.noAccess':
    'Öppna adminlänken du fick när evenemanget skapades. Den är den enda nyckeln till evenemanget.',
  'admin.badLink':
    'Adminlänken fungerar inte för det här evenemanget. Den kan ha ersatts av en ny: be en arrangör om den aktuella länken.',
  'admin.phaseTitle': 'Fas',
  'admin.phaseLead': 'Fasen styr vad deltagarna kan göra. Du kan alltid agera.',
  'admin.settingsTitle': 'Inställningar',
  'admin.settingsSaved': 'Inställningarna är sparade',
  'admin.proposalsTitle': 'Förslag',
  'admin.proposalsSummary': {
    one: '{count} session · {dots} prickar · {hidden} dolda',
    other: '{count} sessioner · {dots} prickar · {hidden} dolda',
  },
  'admin.proposalsEmpty': 'Inga förslag än. Dela koden så att folk kan börja föreslå.',
  'admin.hide': 'Dölj',
  'admin.unhide': 'Visa igen',

  'room.title': 'Rum',
  'room.summary': { one: '{count} rum · {seats} platser', other: '{count} rum · {seats} platser' },
  'room.empty': 'Inga rum än.',
  'room.addTitle': 'Lägg till ett rum',
  'room.name': 'Namn',
  'room.namePlaceholder': 't.ex. Biblioteket',
  'room.capacity': 'Platser',
  'room.notes': 'Anteckningar',
  'room.notesPlaceholder': 'Projektor, tillgängligt…',
  'room.add': 'Lägg till rum',
  'room.seats': { one: '{count} plats', other: '{count} platser' },
  'room.confirmDelete': 'Ta bort {name}?',

  'slot.title': 'Tidspass',
  'slot.summary': {
    one: '{count} sessionspass · tider i {tz}',
    other: '{count} sessionspass · tider i {tz}',
  },
  'slot.empty': 'Inga tidspass än. Skapa en hel dag nedan.',
  'slot.addTitle': 'Lägg till ett pass',
  'slot.date': 'Dag',
  'slot.start': 'Börjar',
  'slot.end': 'Slutar',
  'slot.kind': 'Typ',
  'slot.label': 'Etikett',
  'slot.labelPlaceholder': 't.ex. Lunch',
  'slot.add': 'Lägg till pass',
  'slot.badRange': 'Ett pass måste sluta efter att det börjar.',
  'slot.confirmDelete': 'Ta bort {time}?',
  'slot.minutes': { one: '{count} minut', other: '{count} minuter' },
  'slot.lunch': 'Lunch',
  'slot.generated': 'Tidspassen är tillagda',

  'generator.title': 'Skapa en hel dag',
  'generator.firstStart': 'Första start',
  'generator.lastEnd': 'Sista slut',
  'generator.session': 'Session (min)',
  'generator.break': 'Paus (min)',
  'generator.lunch': 'Lunchpaus',
  'generator.lunchStart': 'Lunch från',
  'generator.lunchEnd': 'Lunch till',
  'generator.preview': {
    one: 'Förhandsvisning: {count} session',
    other: 'Förhandsvisning: {count} sessioner',
  },
  'generator.add': { one: 'Lägg till passet', other: 'Lägg till de här {count} passen' },
  'generator.clashes': {
    one: '{count} av dem krockar med ett pass du redan har.',
    other: '{count} av dem krockar med pass du redan har.',
  },
  'generator.no_date': 'Välj en dag först.',
  'generator.bad_time': 'Kontrollera tiderna: allt måste sluta efter att det börjar.',
  'generator.bad_length': 'En session måste vara minst 5 minuter och en paus 0 eller mer.',
  'generator.empty_day': 'Ingen session får plats mellan de här tiderna.',
  'import.title': 'Börja från en fil',
  'import.lead':
    'Förra årets export (JSON) eller en CSV med rum och tidspass: ett nytt evenemang med samma rum, tidspass och schema, redo för nya förslag och prickar.',
  'import.choose': 'Importera ett evenemang…',
  'import.importing': 'Importerar…',
  'import.refused': 'Filen går inte att importera.',
  'import.notJson': '{name} är varken en export från Knyta (JSON) eller en CSV-fil.',

  'export.title': 'Exportera',
  'export.lead':
    'Ladda ner evenemanget: för arkivet, ett kalkylark, konferensapparna eller en kalender. Eller öppna dokumentationen, för att dela eller skriva ut, och dörrskyltarna till varje rum.',
  'export.json': 'Hela evenemanget (JSON)',
  'export.jsonHint':
    'Rum, tidspass, sessioner, schemat, antal prickar och stjärnor; importera det nästa år.',
  'export.csv': 'Sessioner (CSV)',
  'export.csvHint': 'En rad per session, för Excel, Numbers eller LibreOffice.',
  'export.frab': 'Schema för appar',
  'export.frabHint':
    'frab-JSON, för Giggity och EventFahrplan; öppet för alla när schemat är publicerat.',
  'export.ics': 'Kalender (iCalendar)',
  'export.icsHint':
    'Schemat för kalenderappar; när det är publicerat prenumererar deltagarna på det från sitt schema.',
  'export.proceedings': 'Dokumentation (webbsida)',
  'export.proceedingsHint':
    'Varje session med rum, tid, värdar och prickar, att läsa i mobilen eller skriva ut; öppen för alla när schemat är publicerat.',
  'export.doors': 'Dörrskyltar (utskrift)',
  'export.doorsHint':
    'En A4-sida per rum, till dess dörr: varje pass session, dess värdar och en QR-kod till den; öppen för alla när schemat är publicerat.',
  'export.downloading': 'Laddar ner…',

  // Failures only setting up an event can meet; the common ones are in sv.ts.
  'error.invalid_timezone': 'Den tidszonen känns inte igen. Välj en i listan.',
  'error.invalid_time_range': 'Ett pass måste sluta efter att det börjar.',
};
