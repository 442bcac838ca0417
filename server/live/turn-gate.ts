import { performance } from 'node:perf_hooks';

export interface TurnGate {
  /** Runs `job` now while this turn's budget lasts, otherwise in a later turn, in order. */
  run(job: () => void): void;
  /** Jobs waiting for a turn. */
  readonly waiting: number;
}

/**
 * Admission by the turn of the event loop. Node handles every connection that is ready in one
 * go: when 2,000 phones come back at once, their WebSocket handshakes and snapshot requests would
 * hold the loop for hundreds of milliseconds while frames, votes and health checks wait. Work
 * sent through the gate takes at most `budgetMs` of each turn; the rest waits, first come first
 * served, for the next turns (setImmediate: after the turn's I/O, before its timers come round).
 */
export function createTurnGate(
  budgetMs: number,
  onError: (err: unknown) => void,
  now: () => number = () => performance.now(),
) {
  const queue: (() => void)[] = [];
  let spent = 0;
  let resetScheduled = false;
  let drainScheduled = false;

  const timed = (job: () => void) => {
    const start = now();
    try {
      job();
    } finally {
      spent += now() - start;
    }
  };

  // The inline budget belongs to one turn: forget it once the turn is over.
  const resetSoon = () => {
    if (resetScheduled) return;
    resetScheduled = true;
    setImmediate(() => {
      resetScheduled = false;
      spent = 0;
    });
  };

  const drain = () => {
    drainScheduled = false;
    const start = now();
    // At least one job a turn, however small the budget.
    do {
      // One failing job must not strand the ones behind it.
      try {
        timed(queue.shift()!);
      } catch (err) {
        onError(err);
      }
    } while (queue.length > 0 && now() - start < budgetMs);
    if (queue.length > 0) drainSoon();
  };

  const drainSoon = () => {
    if (drainScheduled) return;
    drainScheduled = true;
    setImmediate(drain);
  };

  const gate: TurnGate = {
    run(job) {
      if (queue.length === 0 && spent < budgetMs) {
        resetSoon();
        timed(job);
        return;
      }
      queue.push(job);
      drainSoon();
    },
    get waiting() {
      return queue.length;
    },
  };
  return gate;
}
