/** The server under test, started the way `npm start` starts it, and stopped with all its children. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Metrics } from '../../shared/schemas/metrics';
import { createHttpClient } from './http-client';
import { commandLine, listeningProcess, profileArgs } from './proc';
import { sleep } from './stats';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerControl {
  stop(): Promise<void>;
  /** Last resort on exit: SIGKILL to the whole process group, synchronously. */
  killNow(): void;
}

export interface ServerHandle extends ServerControl {
  url: string;
  /** The process `npm start` runs (scripts/start.mjs). */
  rootPid: number;
  /** The process that listens: the one whose CPU and memory are measured. */
  pid: number;
  layout: string;
  metrics(): Promise<Metrics>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** The node arguments of package.json's `start` script (its V8 flags and scripts/start.mjs). */
function startScriptArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  // `exec` only hands npm's shell over to node (so that signals reach it).
  const [program, ...args] = pkg.scripts.start
    .replace(/^\s*exec\s+/, '')
    .trim()
    .split(/\s+/);
  if (program !== 'node') throw new Error(`npm start runs ${program}, not node`);
  return args;
}

export async function startServer(opts: {
  port: number;
  databasePath: string;
  pin: boolean;
  log: (line: string) => void;
  /** `npm start` builds the client first when it is missing or stale. */
  readyTimeoutMs?: number;
  /** Called as soon as the process exists, so that an interrupt can stop it while it starts. */
  onSpawn(control: ServerControl): void;
}): Promise<ServerHandle> {
  const port = opts.port || (await freePort());
  const node = [process.execPath, ...profileArgs('server'), ...startScriptArgs()];
  const [command, ...args] = opts.pin ? ['taskset', '-c', '0', ...node] : node;
  const child = spawn(command!, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: opts.databasePath,
      LOG_LEVEL: 'warn',
      METRICS: '1',
    },
    // Its own process group, so that stopping it reaches start.mjs's child as well.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rootPid = child.pid!;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => opts.log(`[server] ${line}`));
  }
  let exitCode: number | string | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal ?? 'unknown';
      resolve();
    }),
  );

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-rootPid, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    if (exitCode === null) {
      killGroup('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
    }
    // Whatever start.mjs left behind goes too.
    killGroup('SIGKILL');
  };

  opts.onSpawn({ stop, killNow: () => killGroup('SIGKILL') });

  const url = `http://127.0.0.1:${port}`;
  const http = createHttpClient(url, 2);
  try {
    const deadline = Date.now() + (opts.readyTimeoutMs ?? 300_000);
    for (;;) {
      if (exitCode !== null) throw new Error(`the server exited (${exitCode}) before answering`);
      if (Date.now() > deadline) throw new Error('the server did not answer /api/health in time');
      const ok = await http.send('GET', '/api/health', { timeoutMs: 1000 }).then(
        (a) => a.status === 200,
        () => false,
      );
      if (ok) break;
      await sleep(200);
    }
    const pid = listeningProcess(rootPid, port);
    const probe = await http.send('GET', '/api/metrics');
    if (probe.status !== 200)
      throw new Error('GET /api/metrics is not there: is METRICS supported?');
    return {
      url,
      rootPid,
      pid,
      layout:
        pid === rootPid ? 'in-process' : `child of start.mjs: ${commandLine(pid).slice(0, 80)}`,
      metrics: () => http.json<Metrics>('GET', '/api/metrics'),
      async stop() {
        http.close();
        await stop();
      },
      killNow: () => killGroup('SIGKILL'),
    };
  } catch (err) {
    http.close();
    await stop();
    throw err;
  }
}
