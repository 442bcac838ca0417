/**
 * Structural checks of a parsed JSON value against ScheduleInstance, with messages that point
 * at the culprit ("votes[3].dots: expected an integer ≥ 1, got 0"). Written by hand rather
 * than with a schema library so the scheduler loads fast in a CLI and in a browser worker.
 * A check returns null or the problem; the path to it is put together on the way out, so a
 * million good votes are checked without a string made.
 */
interface Problem {
  /** From the checked value down to the culprit: "", "[3]", ".dots", "[3].dots". */
  path: string;
  message: string;
}

type Check = (value: unknown) => Problem | null;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): boolean => typeof value === 'string' && value.length > 0;

const id: Check = (value) => (isId(value) ? null : expected('a non-empty string', value));

const integerFrom =
  (min: number): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min
      ? null
      : expected(`an integer ≥ ${min}`, value);

const within = (step: string, problem: Problem | null): Problem | null =>
  problem && { path: `${step}${problem.path}`, message: problem.message };

const arrayOf =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return expected('an array', value);
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i]);
      if (problem) return within(`[${i}]`, problem);
    }
    return null;
  };

const object = (fields: Record<string, Check>, optional: readonly string[] = []): Check => {
  const entries = Object.entries(fields);
  return (value) => {
    if (!isRecord(value)) return expected('an object', value);
    for (const [name, check] of entries) {
      const field = value[name];
      if (field === undefined) {
        if (optional.includes(name)) continue;
        return { path: `.${name}`, message: 'missing' };
      }
      const problem = check(field);
      if (problem) return within(`.${name}`, problem);
    }
    return null;
  };
};

const pair: Check = (value) =>
  Array.isArray(value) && value.length === 2
    ? (within('[0]', id(value[0])) ?? within('[1]', id(value[1])))
    : expected('a pair of session ids', value);

const cell = object({ roomId: id, slotId: id });

// A large event has a million votes: the common case is answered in one expression, and the
// generic check only runs to explain a bad one.
const explainVote = object({ voterId: id, sessionId: id, dots: integerFrom(1) });
const vote: Check = (value) =>
  isRecord(value) &&
  isId(value.voterId) &&
  isId(value.sessionId) &&
  Number.isInteger(value.dots) &&
  (value.dots as number) >= 1
    ? null
    : explainVote(value);

const instance = object(
  {
    rooms: arrayOf(object({ id, capacity: integerFrom(0) })),
    slots: arrayOf(object({ id })),
    blocked: arrayOf(cell),
    sessions: arrayOf(object({ id, hosts: arrayOf(id), pinned: cell }, ['pinned'])),
    votes: arrayOf(vote),
    avoidParallel: arrayOf(pair),
  },
  ['blocked', 'avoidParallel'],
);

/** The first structural problem found, or null when `raw` has the shape of an instance. */
export function shapeError(raw: unknown): string | null {
  const problem = instance(raw);
  if (problem === null) return null;
  // Top-level fields read "votes[3]", not ".votes[3]"; the whole value is "instance".
  const path = problem.path === '' ? 'instance' : problem.path.slice(1);
  return `${path}: ${problem.message}`;
}

function expected(what: string, value: unknown): Problem {
  return { path: '', message: `expected ${what}, got ${preview(value)}` };
}

function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
