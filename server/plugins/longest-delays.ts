import { performance } from 'node:perf_hooks';

const KEPT = 3;

/**
 * The longest few delays of a timer that should fire every `everyMs`, since the previous read.
 * Node's delay histogram keeps only a maximum, and a server paused on purpose (a bench's SIGSTOP)
 * makes the pause that maximum: the turn after the pause is the second longest.
 */
export function longestDelays(everyMs: number) {
  let kept: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = Math.max(0, now - last - everyMs);
    last = now;
    if (kept.length < KEPT || late > kept[KEPT - 1]!) {
      kept = [...kept, late].sort((a, b) => b - a).slice(0, KEPT);
    }
  }, everyMs);
  timer.unref();
  return {
    read(): number[] {
      const out = kept;
      kept = [];
      return out;
    },
    stop: () => clearInterval(timer),
  };
}
