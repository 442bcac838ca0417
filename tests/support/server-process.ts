import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** Where it listens, e.g. http://127.0.0.1:41234, from its own log line. */
  url: string;
  /** The server's own process id, from its log: under `npm start` not the child's. */
  serverPid: number;
  /** Everything it wrote so far, for failure messages. */
  output(): string;
  /** SIGKILL to the child (and its process group, if it has one): for clean-up after a test. */
  kill(): void;
  /**
   * Sends `signal` (with `group`, to the child's whole process group, as a terminal's Ctrl-C
   * does) and waits for the child's exit (or rejects after `ms`).
   */
  stop(
    signal?: NodeJS.Signals,
    ms?: number,
    opts?: { group?: boolean },
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/**
 * The real server as a separate process, `node ...args` from the package root, on a port the
 * system picks (PORT=0). Resolves once it logged where it listens and /api/health answers there,
 * so a server of someone else's on a guessed port can never answer in its place.
 * `command` runs something else that starts it (`npm`), in a process group of its own.
 */
export function startServerProcess(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 15_000,
  { command = process.execPath }: { command?: string } = {},
): Promise<ServerProcess> {
  const group = command !== process.execPath;
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // A test that timed out before its own clean-up ran must not leave the server running.
  const kill = () => {
    try {
      if (group) process.kill(-child.pid!, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', kill);
  void exited.then(() => process.off('exit', kill));

  const stop: ServerProcess['stop'] = async (signal = 'SIGTERM', ms = 5000, opts = {}) => {
    const started = performance.now();
    if (opts.group) process.kill(-child.pid!, signal);
    else child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no exit within ${ms} ms after ${signal}`)), ms);
    });
    const result = await Promise.race([exited, timeout]).finally(() => clearTimeout(timer));
    return { ...result, ms: performance.now() - started };
  };

  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    let gone = false;
    void exited.then(({ code, signal }) => {
      gone = true;
      reject(new Error(`server exited (${code ?? signal}) before answering: ${out}`));
    });
    const poll = async () => {
      if (gone) return;
      const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) {
        const ok = await fetch(`${url}/api/health`).then(
          (res) => res.ok,
          () => false,
        );
        const serverPid = Number(/"pid":(\d+)/.exec(out)?.[1]);
        if (ok) return resolve({ child, url, serverPid, output: () => out, kill, stop });
      }
      if (Date.now() > deadline) {
        kill();
        return reject(new Error(`server did not answer within ${timeoutMs} ms: ${out}`));
      }
      setTimeout(() => void poll(), 50);
    };
    void poll();
  });
}
