import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the scheduling priority (raises the nice value) of every thread of this process but
 * the main one: V8's helpers, which compile hot code and help the garbage collector, libuv's
 * pool, and the checkpoint thread. On a one-core host they otherwise take the core from the
 * event loop in the middle of its busiest turns: in a reconnect storm the main thread waited
 * for its own helpers 0.7–1.1 s in 6 s, and its longest turn grew past 200 ms
 * (docs/BENCHMARKS.md). Lowered, they run in the loop's idle time, which a busy server still
 * has; nothing they do is urgent.
 *
 * Linux only (each thread has its own nice value there, listed in /proc/self/task); elsewhere
 * it changes nothing. A thread started later by the main thread inherits the main thread's
 * priority, so call this again after starting one. Returns how many threads it lowered.
 */
export function lowerHelperThreads(
  nice: number,
  { taskDir = '/proc/self/task', mainThread = process.pid } = {},
): number {
  if (nice === 0) return 0;
  let threads: string[];
  try {
    threads = readdirSync(taskDir);
  } catch {
    return 0;
  }
  let lowered = 0;
  for (const thread of threads) {
    const tid = Number(thread);
    if (!Number.isInteger(tid) || tid === mainThread) continue;
    try {
      setPriority(tid, nice);
      lowered += 1;
    } catch {
      // The thread ended meanwhile.
    }
  }
  return lowered;
}
