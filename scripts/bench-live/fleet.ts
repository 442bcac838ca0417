/** The bench's own processes: socket workers and load generators, and what they cost. */
import { execFileSync } from 'node:child_process';
import { setPriority } from 'node:os';
import type { LoadCommands } from './load-worker';
import { startWorker, type WorkerHandle } from './ipc';
import { cpuAffinity, cpuMs } from './proc';
import type { SocketCommands } from './socket-commands';

export interface Fleet {
  sockets: WorkerHandle<SocketCommands>[];
  generators: WorkerHandle<LoadCommands>[];
  /** CPU ms so far of: this process, the socket workers, the generators. */
  cpu(): { main: number; sockets: number; generators: number };
  affinity(): string;
  stop(): Promise<void>;
}

/**
 * Pins this process, every thread of it, to core 1; the workers forked afterwards inherit it.
 * (The server is started under `taskset -c 0` on its own.)
 */
export function pinBenchToCore1() {
  execFileSync('taskset', ['-a', '-c', '-p', '1', String(process.pid)], { stdio: 'ignore' });
}

/**
 * The socket workers run at a lower priority (nice 5): they play 2,000 phones, each of which
 * would have a CPU of its own, so they should neither starve the server of a shared core nor
 * delay the generator, whose clock times the acknowledgements.
 */
export const SOCKET_WORKER_NICE = 5;

export function startFleet(socketWorkers: number, generators: number): Fleet {
  const sockets = Array.from({ length: socketWorkers }, (_, i) => {
    const worker = startWorker<SocketCommands>(
      new URL('./socket-worker.ts', import.meta.url),
      `sockets-${i}`,
      [new URL('./quiet-client-register.mjs', import.meta.url)],
    );
    setPriority(worker.pid, SOCKET_WORKER_NICE);
    return worker;
  });
  const loaders = Array.from({ length: generators }, (_, i) =>
    startWorker<LoadCommands>(new URL('./load-worker.ts', import.meta.url), `generator-${i}`),
  );
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + cpuMs(pid), 0);
  return {
    sockets,
    generators: loaders,
    cpu: () => ({
      main: cpuMs(process.pid),
      sockets: sum(sockets.map((w) => w.pid)),
      generators: sum(loaders.map((w) => w.pid)),
    }),
    affinity: () => cpuAffinity(process.pid),
    async stop() {
      await Promise.all([...sockets, ...loaders].map((w) => w.stop()));
    },
  };
}
