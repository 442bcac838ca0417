/**
 * npm run -s schedule:generate -- NAME [--voters N] > instance.json
 *
 * Writes a generated instance as JSON, for `npm run schedule` and for checking the solver by
 * hand. NAME is one of large, huge, crowded (scripts/schedule-instances.ts); --voters changes
 * only the crowd's size.
 */
import { generateInstance, type GenerateOptions } from '../shared/schedule/generate-instance';
import { CROWDED, HUGE, LARGE } from './schedule-instances';

const NAMED: Record<string, GenerateOptions> = { large: LARGE, huge: HUGE, crowded: CROWDED };
const USAGE = `usage: schedule:generate ${Object.keys(NAMED).join('|')} [--voters N]`;

function main(argv: string[]): number {
  const [name, flag, value] = argv;
  const options = NAMED[name ?? ''];
  const voters = flag === '--voters' ? Number(value) : undefined;
  const wellFormed = flag === undefined || (voters !== undefined && Number.isSafeInteger(voters));
  if (!options || argv.length > 3 || !wellFormed || (voters !== undefined && voters < 1)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const instance = generateInstance(voters === undefined ? options : { ...options, voters });
  process.stdout.write(`${JSON.stringify(instance)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
