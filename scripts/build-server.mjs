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
  // node_modules are loaded from node_modules at run time, as under tsx: only our code is bundled.
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
