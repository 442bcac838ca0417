import { mkdtempSync, rmSync, statSync } from 'node:fs';
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

describe('WAL checkpointer', () => {
  it('checkpoints from its own thread while the server writes, and empties the log at the end', async () => {
    dir = mkdtempSync(join(tmpdir(), 'knyta-wal-'));
    const path = join(dir, 'knyta.db');
    db = openDb(path);
    const checkpointer = startCheckpointer(db, path);
    // The server's own connection no longer checkpoints inside its commits.
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    const sqlite = db.$client;
    sqlite.exec('create table filler (id integer primary key, text text)');
    const insert = sqlite.prepare('insert into filler (text) values (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(2000));
    const before = statSync(path).size;
    // Within a couple of its rounds the pages are in the database file itself.
    const until = Date.now() + 5000;
    while (statSync(path).size <= before + 2_000_000 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(statSync(path).size).toBeGreaterThan(before + 2_000_000);
    expect(walBytes(path)).toBeGreaterThan(0);

    sqlite.close();
    await checkpointer.stop();
    expect(walBytes(path)).toBe(0);
    const reopened = openDb(path);
    expect(reopened.$client.prepare('select count(*) as n from filler').get()).toEqual({ n: 2000 });
    reopened.$client.close();
  });
});
