// `npm start`: build the client (Vite) and the server (esbuild) when missing or older than their
// sources, then run the compiled server in this same process.
//
// package.json runs this script with two V8 flags (numbers: `npm run bench:rss`):
// --max-semi-space-size=2 caps the young generation at 2 MB per half: by default it grows to
// 16 MB while the server boots, and an idle server never gives that back (~20 MB). At 1 MB per
// half, request garbage was collected so often under load that snapshot reads reached only
// 2,850-3,250/s; at 2 MB, 3,200-3,760/s for 1.5 MB more after start (docs/BENCHMARKS.md).
// --v8-pool-size=2: two V8 helper threads (concurrent GC, compiling) instead of four, for a
// two-core server; each idle one holds a stack and a malloc arena.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when an output is missing or older than the newest of its sources. */
function stale(outputs, sources) {
  if (!outputs.every((file) => existsSync(file))) return true;
  const oldest = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return oldest < Math.max(...sources.map(newestMtime));
}

/** Builds in a child process, so nothing of the build stays in the server's memory. */
function build(what, args) {
  console.log(`Building the ${what}…`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (stale(['dist/client/index.html'], ['client', 'shared', 'vite.config.ts'])) {
  build('client', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
}
if (
  stale(
    ['dist/server/main.js', 'dist/server/solver-worker.js', 'dist/server/checkpoint-worker.js'],
    ['server', 'shared', 'scripts/build-server.mjs'],
  )
) {
  build('server', ['scripts/build-server.mjs']);
}

// The server runs here rather than in a child process: a parent that only waited and forwarded
// signals would hold ~40 MB of its own all day. main.js handles SIGINT and SIGTERM itself.
await import('../dist/server/main.js');
