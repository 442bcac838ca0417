/** Request/answer over a forked worker's IPC channel, typed by the worker's command map. */
import { fork, type ChildProcess } from 'node:child_process';
import { profileArgs } from './proc';

export type Commands = Record<string, { args: unknown; result: unknown }>;

interface Ask {
  id: number;
  cmd: string;
  args: unknown;
}
type Answer = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface WorkerHandle<C extends Commands> {
  pid: number;
  call<K extends keyof C & string>(cmd: K, args: C[K]['args']): Promise<C[K]['result']>;
  stop(): Promise<void>;
}

/** Forks `file` under tsx, with structured-clone IPC (typed arrays travel as such). */
export function startWorker<C extends Commands>(
  file: URL,
  name: string,
  imports: URL[] = [],
): WorkerHandle<C> {
  const child: ChildProcess = fork(file, [name], {
    execArgv: [
      '--import',
      'tsx',
      ...imports.flatMap((url) => ['--import', url.href]),
      ...profileArgs(name),
    ],
    serialization: 'advanced',
    // Workers write only diagnostics: to stderr, so that --json output stays clean.
    stdio: ['ignore', 2, 2, 'ipc'],
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      for (const w of waiting.values()) w.reject(new Error(`${name} exited (${code ?? signal})`));
      waiting.clear();
      resolve();
    }),
  );
  child.on('message', (message: Answer) => {
    const w = waiting.get(message.id);
    if (!w) return;
    waiting.delete(message.id);
    if (message.ok) w.resolve(message.result);
    else w.reject(new Error(`${name}: ${message.error}`));
  });
  return {
    pid: child.pid!,
    call(cmd, args) {
      if (exited) return Promise.reject(new Error(`${name} has exited`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, args } satisfies Ask);
      });
    },
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exit;
      clearTimeout(timer);
    },
  };
}

type Handlers<C extends Commands> = {
  [K in keyof C]: (args: C[K]['args']) => Promise<C[K]['result']> | C[K]['result'];
};

/** The worker's side: answers commands, and leaves when the bench goes away. */
export function serveCommands<C extends Commands>(handlers: Handlers<C>) {
  if (!process.send) throw new Error('Run this as a forked worker of scripts/bench-live.ts');
  process.on('message', (message: Ask) => {
    const handler = handlers[message.cmd as keyof C];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${message.cmd}`);
        return handler(message.args as C[keyof C]['args']);
      })
      .then(
        (result) => process.send?.({ id: message.id, ok: true, result } satisfies Answer),
        (err: unknown) =>
          process.send?.({
            id: message.id,
            ok: false,
            error: err instanceof Error ? (err.stack ?? err.message) : String(err),
          } satisfies Answer),
      );
  });
  // An orphan must not keep sockets open: the IPC channel closing means the bench is gone.
  process.on('disconnect', () => process.exit(0));
  // Leaving through exit() lets --cpu-prof (BENCH_PROF) write its profile.
  process.on('SIGTERM', () => process.exit(0));
}
