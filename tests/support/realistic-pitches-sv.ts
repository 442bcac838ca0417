import { parsePitches, type Pitch } from './realistic-pitches';

// format | title | description | hosts — Swedish titles with the long compound words a
// projector has to keep whole ("Tillgänglighetsrevision", "leverantörsinlåsning").
const TABLE = `
workshop | Tillgänglighetsrevision på 30 minuter |  | Ida Nordin
talk | Rust för C#-utvecklare |  | Nils Åkesson
discussion | Kanban för små team: vad fungerar egentligen? |  | Sara Lind
talk | Utvecklarupplevelse i en växande organisation |  | Karin Sjöberg
talk | Från monolit till moduler, inte mikrotjänster |  | Hugo Lindahl
discussion | Kodgranskning som lärande, inte grindvakt |  | Oskar Lund
talk | Så fick vi jourschemat att kännas rättvist |  | Maja Holm, Ali Haddad
discussion | Hållbar mjukvara: mät energin innan du optimerar |  | Erik Nyström
discussion | Offentlig sektor och öppen källkod – hur går vi vidare? |  | Eva Lundberg
workshop | Facilitera utan att styra: open space-tekniker |  | Elin Persson
talk | Barn, skärmar och apparna vi bygger |  | Hanna Wik
discussion | Introvert på konferens: överlevnadstips |  | Linnea Falk
discussion | AI-assistenter i vardagen: hype eller hjälp? |  | Markus Engström
talk | Fyra dagars arbetsvecka – ett år senare |  | Emma Sund, Jonas Ek
talk | Säkerhet för småföretag: de fem viktigaste åtgärderna |  | Mira Jansson
talk | Hur vi anställer utan whiteboard-intervjuer |  | Sara Lind
other | Open Space: vad vill vi göra nästa år? |  | Arrangörerna
workshop | Ergonomi för utvecklare: rygg, händer och ögon |  | Karl Dahl
talk | Hur vi slutade med estimat |  | Karin Sjöberg
discussion | Fikadriven utveckling |  | Elin Dahl
workshop | Svenska i gränssnittet |  | Sofia Hedlund
discussion | Vad gör en agil coach egentligen? |  | Per Söderberg, Malin Ek
talk | Kompetensutveckling när budgeten är noll |  | Anders Holmqvist
talk | Mikrotjänsterna vi slog ihop igen |  | Viktor Ek
discussion | Produktägare och utvecklare: vem bestämmer vad? |  | Petra Lindqvist
demo | Testautomatisering med Playwright på en eftermiddag |  | David Olsson
talk | Observerbarhet utan leverantörsinlåsning |  | Tove Lindqvist
talk | Säkerhetsgranskningar som inte bromsar leveranserna |  | Samuel Berggren
workshop | Skriv dokumentation som folk faktiskt läser |  | Fredrik Ahl
discussion | Mentorskap för juniora utvecklare |  | Ahmed Yusuf
talk | Datadrivna beslut i små produktteam |  | Isak Hansson
demo | Felsökning av minnesläckor i Node.js |  | Filip Wester
talk | Designsystem som designerna fortfarande gillar |  | Nora Sandberg
discussion | Utbrändhet: tidiga tecken i ett team |  | Johanna Lind
talk | Postgres räcker: köer, sökning och schemalagda jobb |  | Johan Berg
talk | Offline först: mobilappar för dåliga nätverk |  | Axel Moberg
workshop | Eventstorming på 45 minuter |  | Melvin Andersson, Iris Holm
talk | Kontraktstester mellan team |  | Lukas Ekström
talk | SQLite i produktion |  | Moa Johansson
talk | Vad jag lärde mig av hundra användarintervjuer |  | Ellen Isaksson
discussion | Karriärvägar för specialister |  | Ebba Westerlund
workshop | Tangentbordet som enda verktyg i en dag |  | Tove Engström
discussion | Inkluderande språk i kod och dokumentation |  | Jesper Sandström
talk | Molnkostnader rad för rad |  | Gustav Hellström
discussion | Retrospektiver som leder någonstans |  | Emma Lindgren
demo | En rundtur i vår hemmabyggda CI-miljö |  | Tobias Nyberg
discussion | Integritet som standardval i små produkter |  | Linnea Svensson
talk | Maskininlärning utan dataavdelning |  | Wilma Sjögren
discussion | Ren arkitektur, ärligt talat |  | Nils Hägg
talk | Lokalt först: CRDT:er i praktiken |  | Frida Lundin
other | Fråga mig vad som helst: tio år som ensamgrundare |  | Björn Ahlgren
workshop | Kodarkeologi i gamla system |  | Mikael Roos
talk | Parprogrammering över tidszoner |  | Diego Pereira, Anna Ström
demo | Spelövning: vi förstör vår testmiljö |  | Henrik Sundström, Ella Persson
talk | Energiförbrukning i mjukvara: några grova siffror |  | Klara Nordin
other | Lär barn programmera på lördagar |  | Greta Lindberg
workshop | Mötesledning för ingenjörer |  | Cecilia Borg
talk | Typsäkra API:er från databas till webbläsare |  | Jonas Ek
discussion | När ska man skriva om från grunden? |  | Olle Marklund
other | Avslutningscirkel: vad tar vi med oss hem? |  | Lena Holm, Erik Lund
`;

/** Sixty Swedish pitches, as people write them at a Swedish knytkonferens. */
export const SWEDISH_PITCHES: readonly Pitch[] = parsePitches(TABLE);
