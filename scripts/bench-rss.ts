/**
 * `npm run bench:rss`: the production server's memory, started exactly as `npm start` starts it
 * (package.json's start command, which builds whatever is stale), on a temporary database: after
 * start, then after the first "Suggest schedule" has started the solver thread, with that
 * suggestion's latency (cold thread) next to a second one's (warm thread). Linux: reads /proc.
 * VmRSS counts the node binary's pages that every node process shares; Pss shares them out, and
 * Private is what this process alone holds.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { apiAt } from '../tests/support/http-api';
import { seedEventOverHttp } from '../tests/support/http-event';
import { ROOT, startServerProcess } from '../tests/support/server-process';

/** Long enough for V8's memory reducer to run after start-up (it waits for a quiet spell). */
const QUIET_MS = 15_000;
const SETTLE_MS = 2000;
const SUGGEST = { mode: 'replan', seconds: 0.1, seed: 1 };

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
// `exec` only hands npm's shell over to node (so that signals reach it).
const [command, ...args] = pkg.scripts.start!.replace(/^\s*exec\s+/, '').split(/\s+/);
if (command !== 'node') throw new Error(`expected "node …" as the start script: ${command}`);

/** The process and every process under it, with the command line that started each. */
function processTree(pid: number): { pid: number; cmd: string }[] {
  const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean),
  );
  return [{ pid, cmd }, ...children.flatMap((child) => processTree(Number(child)))];
}

function kb(file: string, field: string): number {
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line?.split(/\s+/)[1] ?? NaN);
}

function printMemory(label: string, pid: number) {
  console.log(label);
  for (const p of processTree(pid)) {
    const rollup = `/proc/${p.pid}/smaps_rollup`;
    const mb = (k: number) => `${(k / 1024).toFixed(1)} MB`;
    const rss = kb(`/proc/${p.pid}/status`, 'VmRSS');
    const pss = kb(rollup, 'Pss');
    const own = kb(rollup, 'Private_Clean') + kb(rollup, 'Private_Dirty');
    const threads = kb(`/proc/${p.pid}/status`, 'Threads');
    console.log(
      `  pid ${p.pid}  VmRSS ${mb(rss)}  Pss ${mb(pss)}  Private ${mb(own)}  ${threads} threads  ${p.cmd}`,
    );
  }
}

const dir = mkdtempSync(join(tmpdir(), 'knyta-rss-'));
try {
  const started = performance.now();
  const server = await startServerProcess(args, { DATABASE_PATH: join(dir, 'knyta.db') }, 180_000);
  const pid = server.child.pid!;
  console.log(`npm start's command: node ${args.join(' ')}`);
  console.log(
    `answering after ${((performance.now() - started) / 1000).toFixed(1)} s (builds included)\n`,
  );
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  printMemory(`After start, ${SETTLE_MS / 1000} s after /api/health first answered:`, pid);
  // V8's memory reducer collects start-up garbage once the process has been quiet a while.
  await new Promise((r) => setTimeout(r, QUIET_MS - SETTLE_MS));
  printMemory(`Idle, ${QUIET_MS / 1000} s after /api/health first answered:`, pid);

  const api = apiAt(server.url);
  const size = { rooms: 4, slots: 5, participants: 24, proposals: 14 };
  const { eventId, adminToken } = await seedEventOverHttp(api, size);
  const suggest = async () => {
    const t0 = performance.now();
    const res = await api<{ placements: unknown[] }>(
      'POST',
      `/api/events/${eventId}/schedule/suggest`,
      adminToken,
      SUGGEST,
    );
    return { ms: performance.now() - t0, placed: res.placements.length };
  };
  const cold = await suggest();
  const warm = await suggest();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  console.log(
    `\nOne event (${size.rooms} rooms × ${size.slots} slots, ${size.participants} participants, ${size.proposals} proposals) through the API;`,
  );
  console.log(`"Suggest schedule" with a ${SUGGEST.seconds} s solver budget:`);
  console.log(
    `  first (starts the solver thread)  ${cold.ms.toFixed(0)} ms, ${cold.placed} placed`,
  );
  console.log(`  second (thread warm)              ${warm.ms.toFixed(0)} ms`);
  console.log(`  cold-start cost                   ${(cold.ms - warm.ms).toFixed(0)} ms\n`);
  printMemory('After the event and two suggestions (solver thread running):', pid);

  const stopped = await server.stop('SIGTERM');
  console.log(`\nSIGTERM: exit code ${stopped.code} after ${stopped.ms.toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
