/** Text of the size and kind people type at an Open Space, so snapshots weigh what they will. */

const TITLES = [
  'Local-first software: CRDTs in practice',
  'What I learned running a four-day work week',
  'Accessibility testing without a budget',
  'Rust for people who write TypeScript all day',
  'Burnout: how do we notice it in each other?',
  'Open source maintainers: who pays, who decides?',
  'Kids, screens and code: teaching programming at school',
  'Postgres tricks you wish you had known earlier',
  'Design systems that designers actually use',
  'Remote facilitation: keeping energy in a video call',
  'Climate impact of our cloud bills',
  'Ask me anything about running a small farm',
  'Mob programming: a live demo with volunteers',
  'Swedish public sector and open data',
  'From monolith to modules without a rewrite',
  'The ethics of recommender systems',
  'Hands-on: soldering your first synthesizer',
  'How to give feedback that lands',
  'Testing in production, carefully',
  'Offline-first web apps for bad conference Wi-Fi',
  'Career changers: stories from the other side',
  'Writing docs that people read',
  'Unconference about unconferences',
  'Observability on a shoestring',
  'Home automation that respects privacy',
  'Neurodiversity at work: what helps?',
  'Game night design: mechanics that create conversation',
  'Small models on small machines',
  'Cycling infrastructure and city data',
  'Hiring without whiteboard puzzles',
  'Property-based testing for everyday code',
  'Running a meetup that lasts',
  'Security basics for tiny teams',
  'Gardening in a city apartment',
  'How do we decide things without meetings?',
  'SQLite is enough: stories and limits',
  'Pair drawing: sketchnotes for beginners',
  'What makes a good first issue?',
  'Music and code: live coding a set',
  'Planning a trip with public transport only',
  'Estimating is lying? Let us discuss',
  'Type systems: how much is too much?',
  'Parents in tech: making it work',
  'Language learning hacks for adults',
  'Community moderation without burning out',
  'Building a keyboard from scratch',
  'Event sourcing: when it helps and when it hurts',
  'Why our retros stopped working',
  'Board games for teams: a play session',
  'Working with legacy code you did not write',
  'Public speaking for introverts',
  'Repair café: bring something broken',
  'Data visualisation that tells the truth',
  'Slow productivity',
  'Mentoring across generations',
  'Browser extensions for fun and focus',
  'The future of libraries (the buildings)',
  'Learning in public: blogging, streaming, sharing',
  'Sauna culture and recovery',
  'What should next year’s unconference try?',
] as const;

const SENTENCES = [
  'I have tried this for a year at work and want to compare notes with others.',
  'Bring your own stories, good and bad; no slides, mostly conversation.',
  'I will show a short demo and then we can dig into whatever people are curious about.',
  'Beginners very welcome, I am one too.',
  'Looking for people who have done this at a larger scale than me.',
  'We could end with a short list of things to try on Monday.',
  'Half an hour of hands-on work, bring a laptop if you can.',
  'I am not an expert, I just have a lot of questions and some strong opinions.',
  'Let us collect resources and links in the session notes.',
  'It went badly the first time; here is what I would do differently.',
  'Happy to merge with a similar session if there is one.',
  'Short intro, then open discussion in small groups.',
] as const;

const FORMATS = ['discussion', 'talk', 'workshop', 'demo', 'discussion', 'other'] as const;

const FIRST = [
  'Ada',
  'Bo',
  'Cecilia',
  'Dawit',
  'Elin',
  'Farah',
  'Gustav',
  'Hanna',
  'Ivan',
  'Jonna',
];
const LAST = ['Lindqvist', 'Okafor', 'Berg', 'Nguyen', 'Sandberg', 'Haddad', 'Ek', 'Moreau'];

export function participantName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}

export function proposalText(i: number) {
  const title = TITLES[i % TITLES.length]!;
  const round = Math.floor(i / TITLES.length);
  return {
    title: round === 0 ? title : `${title} (${round + 1})`,
    description: `${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i * 7 + 3) % SENTENCES.length]}`,
    format: FORMATS[i % FORMATS.length]!,
  };
}
