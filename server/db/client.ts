import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * The committed migrations/ folder, found by walking up from this module: the same code runs from
 * server/db/ (tsx, Vitest) and bundled into dist/server/main.js (`npm start`), at other depths.
 */
function findMigrations(from: string): string {
  for (let dir = dirname(fileURLToPath(from)); ; dir = dirname(dir)) {
    const folder = join(dir, 'migrations');
    if (existsSync(join(folder, 'meta/_journal.json'))) return folder;
    if (dirname(dir) === dir) throw new Error(`no migrations/ folder above ${from}`);
  }
}

const MIGRATIONS = findMigrations(import.meta.url);

export const SYNCHRONOUS_MODES = ['normal', 'full'] as const;
export type SynchronousMode = (typeof SYNCHRONOUS_MODES)[number];

/**
 * Opens (or creates) the database, sets the pragmas once and applies every committed migration.
 * `:memory:` gives tests a real, migrated database of their own.
 *
 * `normal` (the default): in WAL mode a commit is in the operating system's hands when it
 * returns, so an acknowledged write survives the server being killed or crashing; a power cut
 * or kernel crash may lose the last commits before the next checkpoint. No fsync per commit is
 * what lets one core take thousands of votes a second. `full` also survives power loss, with
 * one fsync per commit.
 */
export function openDb(path: string, opts: { synchronous?: SynchronousMode } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${opts.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}
