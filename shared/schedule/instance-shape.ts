/**
 * Structural checks of a parsed JSON value against ScheduleInstance, with messages that point
 * at the culprit ("votes[3].dots: expected an integer ≥ 1, got 0"). Written by hand rather
 * than with a schema library so the scheduler loads fast in a CLI and in a browser worker.
 */
type Check = (value: unknown, path: string) => string | null;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const id: Check = (value, path) =>
  typeof value === 'string' && value.length > 0
    ? null
    : expected(path, 'a non-empty string', value);

const integerFrom =
  (min: number): Check =>
  (value, path) =>
    Number.isInteger(value) && (value as number) >= min
      ? null
      : expected(path, `an integer ≥ ${min}`, value);

const arrayOf =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return expected(path, 'an array', value);
    for (let i = 0; i < value.length; i++) {
      const error = item(value[i], `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  };

const object =
  (fields: Record<string, Check>, optional: readonly string[] = []): Check =>
  (value, path) => {
    if (!isRecord(value)) return expected(path, 'an object', value);
    for (const [name, check] of Object.entries(fields)) {
      const where = path ? `${path}.${name}` : name;
      if (value[name] === undefined) {
        if (optional.includes(name)) continue;
        return `${where}: missing`;
      }
      const error = check(value[name], where);
      if (error) return error;
    }
    return null;
  };

const pair: Check = (value, path) =>
  Array.isArray(value) && value.length === 2
    ? (id(value[0], `${path}[0]`) ?? id(value[1], `${path}[1]`))
    : expected(path, 'a pair of session ids', value);

const cell = object({ roomId: id, slotId: id });

const instance = object(
  {
    rooms: arrayOf(object({ id, capacity: integerFrom(0) })),
    slots: arrayOf(object({ id })),
    blocked: arrayOf(cell),
    sessions: arrayOf(object({ id, hosts: arrayOf(id), pinned: cell }, ['pinned'])),
    votes: arrayOf(object({ voterId: id, sessionId: id, dots: integerFrom(1) })),
    avoidParallel: arrayOf(pair),
  },
  ['blocked', 'avoidParallel'],
);

/** The first structural problem found, or null when `raw` has the shape of an instance. */
export function shapeError(raw: unknown): string | null {
  return isRecord(raw) ? instance(raw, '') : expected('instance', 'an object', raw);
}

function expected(path: string, what: string, value: unknown): string {
  return `${path}: expected ${what}, got ${preview(value)}`;
}

function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
