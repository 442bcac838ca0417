import type { Db } from './client';

const built = new WeakMap<Db, Map<unknown, unknown>>();

/**
 * The statements `build` makes, prepared once per database and reused: on the hot paths
 * (every vote, every snapshot) building the SQL and preparing it anew cost more than running
 * it. better-sqlite3 has one connection, so these also run inside `db.transaction(…)`.
 */
export function preparedFor<T>(db: Db, build: (db: Db) => T): T {
  let forDb = built.get(db);
  if (!forDb) {
    forDb = new Map();
    built.set(db, forDb);
  }
  let statements = forDb.get(build) as T | undefined;
  if (statements === undefined) {
    statements = build(db);
    forDb.set(build, statements);
  }
  return statements;
}
