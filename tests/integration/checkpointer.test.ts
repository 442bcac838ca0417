import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../server/db/checkpointer';
import { openDb, type Db } from '../../server/db/client';

let dir: string;
let db: Db | undefined;
afterEach(() => {
  if (db?.$client.open) db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const walBytes = (path: string) => statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;

/** This process's threads (Linux) and their nice values, from /proc. */
function threadNice(): Map<string, number> {
  const nice = (tid: string) =>
    Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
  return new Map(readdirSync('/proc/self/task').map((tid) => [tid, nice(tid)]));
}

function fillLog(db: Db) {
  const sqlite = db.$client;
  sqlite.exec('create table filler (id integer primary key, text text)');
  const insert = sqlite.prepare('insert into filler (text) values (?)');
  for (let i = 0; i < 3000; i++) insert.run('x'.repeat(2000));
}

describe('WAL checkpointer', () => {
  it('starts its thread once the log grows, checkpoints beside the writes, empties the log at the end', async () => {
    dir = mkdtempSync(join(tmpdir(), 'knyta-wal-'));
    const path = join(dir, 'knyta.db');
    db = openDb(path);
    const checkpointer = startCheckpointer(db, path);

    const sqlite = db.$client;
    fillLog(db);
    // Done when the database file holds every page: all of the log was copied into it.
    const pages = () =>
      (sqlite.pragma('page_count', { simple: true }) as number) *
      (sqlite.pragma('page_size', { simple: true }) as number);
    const until = Date.now() + 5000;
    while (statSync(path).size < pages() && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(statSync(path).size).toBe(pages());
    expect(walBytes(path)).toBeGreaterThan(1024 * 1024);
    // With the thread running, the server's own connection no longer checkpoints in its commits.
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    sqlite.close();
    await checkpointer.stop();
    expect(walBytes(path)).toBe(0);
    const reopened = openDb(path);
    expect(reopened.$client.prepare('select count(*) as n from filler').get()).toEqual({ n: 3000 });
    reopened.$client.close();
  });

  it.skipIf(process.platform !== 'linux')(
    'lowers its own thread to the nice value it is given, and only that thread',
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'knyta-wal-'));
      const path = join(dir, 'knyta.db');
      db = openDb(path);
      const before = threadNice();
      const checkpointer = startCheckpointer(db, path, { nice: 9 });
      fillLog(db);
      // The thread starts within a second of the log passing 1 MB, then lowers itself.
      let started: number[] = [];
      const until = Date.now() + 5000;
      while (started.length === 0 && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        started = [...threadNice()].filter(([tid]) => !before.has(tid)).map(([, n]) => n);
        if (!started.includes(9)) started = [];
      }
      expect(started).toContain(9);
      const after = threadNice();
      for (const [tid, nice] of before) if (after.has(tid)) expect(after.get(tid)).toBe(nice);
      db.$client.close();
      await checkpointer.stop();
    },
  );
});
