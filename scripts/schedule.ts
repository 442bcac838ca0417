/**
 * npm run --silent schedule -- INSTANCE.json [--seconds S] [--seed N]
 *
 * Prints the best schedule found as one line of JSON: { placements, score }. Bad input (a
 * missing or malformed file, an invalid instance, bad flags) exits with code 2 and a one-line
 * reason on stderr, and prints nothing on stdout.
 */
import { readFileSync } from 'node:fs';
import { validateInstance } from '../shared/schedule/validate-instance';
import { solveSchedule } from '../shared/schedule/solver';

const USAGE = 'usage: schedule INSTANCE.json [--seconds S] [--seed N]';

interface Args {
  file: string;
  seconds: number;
  seed: number;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | undefined;
  let seconds = 1;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    if (flag === '--seconds' || flag === '--seed') {
      const value = inline ?? argv[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--seconds') {
        if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
          return `--seconds must be a positive number, got "${value}"`;
        }
        seconds = Number(value);
      } else {
        if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
          return `--seed must be a non-negative integer, got "${value}"`;
        }
        seed = Number(value);
      }
    } else if (arg.startsWith('-')) {
      return `unknown option "${arg}"`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `expected one instance file, got "${file}" and "${arg}"`;
    }
  }
  return file === undefined ? 'missing the instance file' : { file, seconds, seed };
}

function splitFlag(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function readInstance(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

class InputError extends Error {}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') return fail(`${args} (${USAGE})`);
  let raw: unknown;
  try {
    raw = readInstance(args.file);
  } catch (error) {
    if (error instanceof InputError) return fail(error.message);
    throw error;
  }
  // The budget covers all but reading the file: checking a large instance takes a while too.
  const started = performance.now();
  const checked = validateInstance(raw);
  if (!checked.ok) return fail(`invalid instance: ${checked.reason}`);
  const { placements, score } = solveSchedule(checked.instance, {
    seed: args.seed,
    timeBudgetMs: args.seconds * 1000 - (performance.now() - started),
    now: () => performance.now(),
  });
  process.stdout.write(`${JSON.stringify({ placements, score })}\n`);
  return 0;
}

function fail(reason: string): number {
  process.stderr.write(`schedule: ${reason.replace(/\s+/g, ' ')}\n`);
  return 2;
}

// `npm run -s schedule … | head -c 0`: a reader that has gone wants no more, not a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

process.exitCode = main();
