// Worker entry in plain JS for tsx and Vitest: Node cannot start a worker on a .ts file by
// itself, so load the TypeScript worker through tsx's API. The compiled server (`npm start`)
// starts dist/server/solver-worker.js instead; see WORKER_FILE in solver-pool.ts.
import { tsImport } from 'tsx/esm/api';

await tsImport('./solver-worker.ts', import.meta.url);
