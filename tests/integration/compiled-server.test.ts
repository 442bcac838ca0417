import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { apiAt } from '../support/http-api';
import { seedEventOverHttp } from '../support/http-event';
import { ROOT, startServerProcess, type ServerProcess } from '../support/server-process';

const DIST = join(ROOT, 'dist/server');

let server: ServerProcess | undefined;
let dir: string | undefined;
afterEach(() => {
  server?.child.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('compiled server', () => {
  it('runs from dist/server as plain JavaScript, suggests in its compiled worker, stops on SIGTERM', async () => {
    const build = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    for (const file of ['main.js', 'solver-worker.js', 'checkpoint-worker.js']) {
      // Node parses it without a loader: no TypeScript syntax is left, and nothing imports tsx.
      const check = spawnSync(process.execPath, ['--check', join(DIST, file)], {
        encoding: 'utf8',
      });
      expect(check.status, check.stderr).toBe(0);
      expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/from ["']tsx[/"']/);
    }
    // Only the compiled worker is there to start: the tsx loader stays in server/schedule.
    expect(existsSync(join(DIST, 'solver-worker.mjs'))).toBe(false);

    dir = mkdtempSync(join(tmpdir(), 'knyta-compiled-'));
    server = await startServerProcess(['dist/server/main.js'], {
      DATABASE_PATH: join(dir, 'knyta.db'),
      NODE_OPTIONS: '',
    });
    const pid = server.child.pid!;
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(argv).toEqual([process.execPath, 'dist/server/main.js']);
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    expect(environ.filter((v) => v.startsWith('NODE_OPTIONS=') && v !== 'NODE_OPTIONS=')).toEqual(
      [],
    );

    const api = apiAt(server.url);
    expect(await api('GET', '/api/health')).toEqual({ ok: true });
    const size = { rooms: 2, slots: 2, participants: 4, proposals: 4 };
    const { eventId, adminToken } = await seedEventOverHttp(api, size);
    const suggestion = await api<{ placements: unknown[]; score: { after: { total: number } } }>(
      'POST',
      `/api/events/${eventId}/schedule/suggest`,
      adminToken,
      { mode: 'replan', seconds: 0.1 },
    );
    expect(suggestion.placements).toHaveLength(4);
    expect(suggestion.score.after.total).toBeGreaterThan(0);

    const stopped = await server.stop('SIGTERM', 5000);
    expect(stopped.code, server.output()).toBe(0);

    // The compiled checkpointer thread starts, checkpoints and stops on its own as well.
    const checkpointer = new Worker(join(DIST, 'checkpoint-worker.js'), {
      workerData: { path: join(dir, 'knyta.db'), intervalMs: 50 },
    });
    const exit = new Promise<number>((resolve) => checkpointer.once('exit', resolve));
    await new Promise((r) => setTimeout(r, 200));
    checkpointer.postMessage('stop');
    expect(await exit).toBe(0);
    expect(statSync(join(dir, 'knyta.db-wal'), { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  }, 30_000);
});
