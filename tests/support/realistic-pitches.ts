import { FORMATS, type Format } from '../../shared/formats';

export interface Pitch {
  title: string;
  description: string;
  hosts: string[];
  format: Format;
}

// format | title | description (often none: many pitch a title only) | hosts
const TABLE = `
discussion | Kanban for small teams: what actually works | Three years of sticky notes, two failed tools and one board that stuck. Bring your war stories. | Erik Lund
workshop | Accessible forms in an afternoon | Hands-on: we take a real sign-up form and make it work with a screen reader, a keyboard and a phone. | Sara Ek, Ali Haddad
demo | Lightning demos |  | Jonas Berg
talk | Why our on-call rota finally feels fair | From heroics to a rota nobody dreads: what the data said before and after, and how we pay for nights. | Maja Nilsson
other | Open Space: what should next year look like? |  | Lena Holm
talk | Hur vi slutade med estimat |  | Karin Sjöberg
discussion | Pair programming across time zones | Stockholm and Montevideo share two good hours a day. Tools, rituals and the tiredness nobody talks about. | Diego Pereira, Anna Ström
talk | Postgres upgrades without downtime | Logical replication, a switch-over checklist and the one flag we forgot the first time. | Oskar Wallin
workshop | Sketchnoting for people who cannot draw |  | Ida Forsberg
discussion | What happens when the product manager leaves? | We lost ours for six months. Who decided what, what fell between chairs, and what we kept afterwards. | Petra Lindqvist
talk | Rust in a Node shop | One hot path, one napi module, eighteen months later. Would we do it again? | Viktor Åberg
discussion | Fika-driven development |  | Elin Dahl
talk | Testing in production, carefully | Feature flags, dark launches and the monitoring you need before you dare. | Mattias Ek
demo | Mob programming: a live session | Six people, one keyboard, one real bug from our backlog. Watch or join in. | Hanna Berglund, Sami Korhonen
discussion | Burnout: early signs in a team |  | Johanna Lind
talk | Design systems that designers still like | Ours grew to 140 components. How we pruned it and got the designers back. | Nora Sandberg
talk | Offline-first mobile apps | Sync conflicts, optimistic updates and telling the user the truth about what is saved. | Axel Moberg
workshop | Svenska i gränssnittet |  | Sofia Hedlund
workshop | Getting started with OpenTelemetry | From zero to a trace across three services in an hour. Bring a laptop with Docker. | Kalle Björk
discussion | Code review without the pain | Smaller pull requests, clearer comments and when to just talk instead. | Amira Said
talk | Onboarding juniors remotely |  | Fredrik Olsson, Lisa Wikström
talk | The cost of our cloud bill, line by line | We read every line of a 40 000 euro monthly invoice. Some surprises, some savings. | Gustav Hellström
discussion | Retrospectives that lead somewhere | Fifteen formats later: the two that produced actions people actually finished. | Emma Lindgren
demo | A tour of our home-made CI |  | Tobias Nyberg
discussion | Privacy by default in small products | What GDPR means for a team of four, without a lawyer in the room. | Linnea Svensson
workshop | Writing docs people read | Short pages, examples first, and a test that fails when the docs lie. | Robin Falk
talk | Hiring without whiteboard puzzles |  | Maria Johansson
demo | Game day: break our staging | We turn things off on purpose for an hour. Come and guess what fails first. | Henrik Sundström, Ella Persson
discussion | Energy use of software | Can a team measure the electricity its service uses? Some rough numbers and open questions. | Klara Nordin
discussion | Vad gör en agil coach egentligen? |  | Per Söderberg, Malin Ek
talk | TypeScript types that pull their weight | Branded ids, exhaustive switches and when a type is more trouble than the bug it prevents. | Leo Carlsson
talk | Feedback between developers and support | Our support team files the best bug reports in the company. Here is how that happened. | Julia Eriksson
talk | Running an internal hack week |  | Adam Strand
talk | Local-first software | CRDTs in practice: what we learned from a shared shopping list app. | Frida Lundin
other | Ask me anything: ten years as a solo founder |  | Björn Ahlgren
workshop | Legacy code archaeology |  | Mikael Roos
workshop | Keyboard-only for a day | Try the products you build without a mouse. We share a list of what broke. | Tove Engström
talk | Product metrics that do not lie | Vanity numbers we stopped reporting and the three we look at every Monday. | Isak Hansson
discussion | Mentoring circles |  | Alva Nyström
talk | Security reviews for small teams | A one-page checklist we run before every release, and the two incidents that shaped it. | Samuel Berggren
talk | Machine learning without a data team | A small classifier in production, maintained by web developers. Was it worth it? | Wilma Sjögren
talk | Four-day week: one year in |  | Anton Forsman, Stina Holmberg
discussion | Clean architecture, honestly | Where the layers helped us and where they only added files. | Nils Hägg
discussion | Öppen källkod i offentlig sektor | Vad hindrar kommuner från att dela kod, och vad kan vi som utvecklare göra? | Eva Lundberg
demo | Debugging memory leaks in Node |  | Filip Wester
workshop | Facilitation basics for engineers | How to run a meeting that ends on time with a decision. Practice included. | Cecilia Borg
discussion | When to rewrite | We rewrote twice. One went well. Let us compare notes on the signs. | Olle Marklund
talk | Building for bad networks |  | Tilda Öberg
discussion | Inclusive language in code and docs | Renaming master, blacklist and friends in a big repository: the practical bits. | Jesper Sandström
talk | Observability on a budget | Logs, metrics and traces for under 100 euro a month. | Rebecka Nord
talk | Estimating with ranges |  | Albin Fransson
demo | A11y audit live | Send me a URL during the session and we audit it together on the big screen. | Saga Blom
talk | From monolith to modules, not microservices | We split a Rails monolith into packages and stopped there. Here is why. | Hugo Lindahl
discussion | Career ladders for individual contributors |  | Ebba Westerlund
workshop | Event storming in 45 minutes | A fast version of the workshop with a real domain: booking a sauna. | Melvin Andersson, Iris Holm
other | Teaching kids to code on Saturdays | Volunteers wanted. How our club runs, and what ten-year-olds ask that adults never do. | Greta Lindberg
talk | Contract testing between teams |  | Lukas Ekström
talk | SQLite in production | One file, WAL mode, backups and the limits we have not hit yet. | Moa Johansson
talk | What I learned from 100 user interviews | Patterns, mistakes in how I asked, and the one question that always works. | Ellen Isaksson
other | Closing circle: what do we take home? |  | Lena Holm, Erik Lund
`;

/** Rows of `format | title | description | hosts`, one pitch a line, as in the tables here. */
export function parsePitches(table: string): Pitch[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [format, title, description, hosts] = line.split(' | ').map((cell) => cell.trim());
      if (!FORMATS.includes(format as Format) || !title || !hosts)
        throw new Error(`bad row: ${line}`);
      return {
        format: format as Format,
        title,
        description: description ?? '',
        hosts: hosts.split(', '),
      };
    });
}

/** Sixty pitches as people write them on the morning of an Open Space: mixed lengths, two languages. */
export const REALISTIC_PITCHES: readonly Pitch[] = parsePitches(TABLE);
