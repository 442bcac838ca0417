import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** Where it listens, e.g. http://127.0.0.1:41234, from its own log line. */
  url: string;
  /** Everything it wrote so far, for failure messages. */
  output(): string;
  /** Sends `signal` and waits for the exit (or rejects after `ms`). */
  stop(
    signal?: NodeJS.Signals,
    ms?: number,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/**
 * The real server as a separate process, `node ...args` from the package root, on a port the
 * system picks (PORT=0). Resolves once it logged where it listens and /api/health answers there,
 * so a server of someone else's on a guessed port can never answer in its place.
 */
export function startServerProcess(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // A test that timed out before its own clean-up ran must not leave the server running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  const stop: ServerProcess['stop'] = async (signal = 'SIGTERM', ms = 5000) => {
    const started = performance.now();
    child.kill(signal);
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
        if (ok) return resolve({ child, url, output: () => out, stop });
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        return reject(new Error(`server did not answer within ${timeoutMs} ms: ${out}`));
      }
      setTimeout(() => void poll(), 50);
    };
    void poll();
  });
}
