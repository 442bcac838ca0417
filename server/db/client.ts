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

/**
 * Opens (or creates) the database, sets the pragmas once and applies every committed migration.
 * `:memory:` gives tests a real, migrated database of their own.
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives a power cut too, not only a killed process.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}
