// `npm run build` (with Vite for the client) and `npm start` when stale: compiles the server to
// plain JavaScript in dist/server/, so production never transforms TypeScript at run time.
// Plain .mjs so that it runs without tsx.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'server/main.ts',
    // Started by the solver pool as a worker thread, next to main.js (see solver-pool.ts).
    'solver-worker': 'server/schedule/solver-worker.ts',
    // Started by the WAL checkpointer as a worker thread (see server/db/checkpointer.ts).
    'checkpoint-worker': 'server/db/checkpoint-worker.mjs',
  },
  outdir: 'dist/server',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The dependencies are bundled and minified too: one 1.7 MB file instead of some 500 modules
  // read and kept as source, 8 MB less RSS after start (`npm run bench:rss`). Native code
  // stays in node_modules: better-sqlite3, and ws's optional accelerators (not installed).
  external: ['better-sqlite3', 'bufferutil', 'utf-8-validate'],
  // The bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __knytaRequire } from 'node:module'; const require = __knytaRequire(import.meta.url);",
  },
  // V8 keeps every module's source text in memory: minified, that is most of the 8 MB saved.
  // MINIFY=0 leaves the code readable, e.g. for CPU profiles (BENCH_PROF, docs/BENCHMARKS.md).
  minify: process.env.MINIFY !== '0',
  // No keepNames: it renames every closure as it is made (Object.defineProperty per call),
  // 20 % more CPU per snapshot read. Minified names in a stack trace map back through the
  // source map beside the bundle (node --enable-source-maps).
  sourcemap: true,
  logLevel: 'warning',
});
