import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLIENT_DIR = join(ROOT, 'dist/client');
const BUILT = join(CLIENT_DIR, 'index.html');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the client with Vite when dist/client is missing or older than its sources. */
export async function ensureClientBuilt(): Promise<void> {
  const sources = Math.max(
    newestMtime(join(ROOT, 'client')),
    newestMtime(join(ROOT, 'shared')),
    statSync(join(ROOT, 'vite.config.ts')).mtimeMs,
  );
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) return;
  // As `npm run build` builds it: under Vitest NODE_ENV is `test`, and Vite would then resolve
  // Solid's and Socket.IO's development builds (some 9 KB more for a phone to load).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
