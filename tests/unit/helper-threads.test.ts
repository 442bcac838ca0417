import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lowerHelperThreads } from '../../server/helper-threads';

const MODULE = fileURLToPath(new URL('../../server/helper-threads.ts', import.meta.url));

/**
 * Runs in a process of its own, so that this test's threads keep their priority: starts a
 * worker thread (as the checkpointer does), lowers the helpers to 7 and reports every thread's
 * nice value from /proc.
 */
const CHILD = `
import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
const { lowerHelperThreads } = await import(process.argv[1]);
const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
await new Promise((resolve) => worker.once('online', resolve));
const lowered = lowerHelperThreads(7);
const nice = (tid) => Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
const threads = readdirSync('/proc/self/task').map((tid) => ({ main: Number(tid) === process.pid, nice: nice(tid) }));
console.log(JSON.stringify({ lowered, threads }));
process.exit(0);
`;

describe('lowerHelperThreads', () => {
  it.skipIf(process.platform !== 'linux')(
    'lowers every thread but the main one, worker threads included',
    () => {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', CHILD, MODULE],
        { encoding: 'utf8' },
      );
      const { lowered, threads } = JSON.parse(out) as {
        lowered: number;
        threads: { main: boolean; nice: number }[];
      };
      const main = threads.filter((t) => t.main);
      const helpers = threads.filter((t) => !t.main);
      expect(main).toHaveLength(1);
      expect(main[0]!.nice).toBeLessThan(7);
      // V8's helpers at least, and the worker thread with its own.
      expect(helpers.length).toBeGreaterThanOrEqual(3);
      expect(lowered).toBe(helpers.length);
      expect(helpers.every((t) => t.nice === 7)).toBe(true);
    },
  );

  it('changes nothing when told 0, or where threads cannot be listed', () => {
    expect(lowerHelperThreads(0)).toBe(0);
    expect(lowerHelperThreads(19, { taskDir: '/nonexistent/task' })).toBe(0);
  });
});
