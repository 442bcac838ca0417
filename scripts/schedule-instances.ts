/**
 * The benchmark instances and the fixture files made from them, shared by the script that
 * writes the fixtures, the tests that read them and the benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GenerateOptions } from '../shared/schedule/generate-instance';
import type { ScheduleInstance, SchedulePlacement, Score } from '../shared/schedule/instance';

/** Small enough for HiGHS to prove the optimum; varied in how crowded the grid is. */
export const SMALL: Record<string, GenerateOptions> = {
  'small-01': { seed: 101, sessions: 12, rooms: 3, slots: 4, voters: 50 },
  'small-02': { seed: 102, sessions: 14, rooms: 3, slots: 5, voters: 60 },
  'small-03': { seed: 103, sessions: 16, rooms: 4, slots: 4, voters: 70 },
  'small-04': { seed: 104, sessions: 18, rooms: 3, slots: 5, voters: 80, avoidPairs: 4 },
  'small-05': { seed: 105, sessions: 20, rooms: 4, slots: 4, voters: 90, pins: 1 },
  'small-06': { seed: 106, sessions: 20, rooms: 4, slots: 5, voters: 100 },
  'small-07': { seed: 107, sessions: 16, rooms: 3, slots: 4, voters: 100, avoidPairs: 3 },
  'small-08': {
    seed: 108,
    sessions: 20,
    rooms: 4,
    slots: 5,
    voters: 75,
    pins: 2,
    blocked: 2,
    avoidPairs: 6,
  },
};

export const MEDIUM: GenerateOptions = {
  seed: 201,
  sessions: 60,
  rooms: 6,
  slots: 10,
  voters: 300,
};

/** Not stored: the benchmark generates it from the seed. */
export const LARGE: GenerateOptions = {
  seed: 301,
  sessions: 300,
  rooms: 12,
  slots: 10,
  voters: 2000,
};

/**
 * Not stored either (73 MB): 300,000 voters, 1.5 M votes, and rooms that hold a tenth of the
 * crowd each, so that the greedy baseline scores below an empty grid. Written by
 * `npm run -s schedule:generate -- huge > huge.json`, for checking the solver's deadline.
 */
export const HUGE: GenerateOptions = {
  seed: 401,
  sessions: 80,
  rooms: 10,
  slots: 4,
  voters: 300_000,
  dotsPerVoter: 6,
  roomScale: 0.1,
};

/** HUGE's shape with fewer voters: greedy scores below empty here too, and it is quick to make. */
export const CROWDED: GenerateOptions = { ...HUGE, seed: 402, voters: 3_000 };

export interface Reference {
  total: number;
  score: Score;
  placements: SchedulePlacement[];
  /** How the reference was found, in words. */
  source: string;
  seconds: number;
}

export interface ScheduleFixture {
  name: string;
  generator: GenerateOptions;
  instance: ScheduleInstance;
  /** Small fixtures: proved optimal by HiGHS. */
  optimum?: Reference;
  /** Medium fixture: the best score found, with HiGHS's bound on how far it can be from optimal. */
  bestKnown?: Reference & { dualBound: number | null; mipGap: number | null };
}

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'schedule');

export function loadFixtures(prefix: string): ScheduleFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as ScheduleFixture);
}
