// Worker entry in plain JS: Node cannot start a worker on a .ts file by itself, so load the
// TypeScript worker through tsx's API (in production and under Vitest alike).
import { tsImport } from 'tsx/esm/api';

await tsImport('./solver-worker.ts', import.meta.url);
