/** `GET /api/health` every 100 ms on its own connections: what a load balancer would see. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createHttpClient } from './http-client';
import { nowMs, summarize, type Summary } from './stats';

export interface HealthReport extends Summary {
  /** Not answered 200 within the timeout; a timed-out probe counts as that long above. */
  failed: number;
  /** The prober's own event-loop delay at worst: a late prober would blame the server. */
  proberDelayMaxMs: number;
}

const TIMEOUT_MS = 10_000;

export function startHealthProbe(url: string, everyMs = 100) {
  // A connection for every probe that may be waiting: a probe queued behind the previous
  // one in this client would measure the client's queue, not the server.
  const http = createHttpClient(url, Math.ceil(TIMEOUT_MS / everyMs));
  const latencies: number[] = [];
  const pending = new Set<number>();
  let failed = 0;
  const ownDelay = monitorEventLoopDelay({ resolution: 10 });
  ownDelay.enable();
  const timer = setInterval(() => {
    // On schedule even when the previous probe is still waiting: a slow answer is the finding.
    const sentAt = nowMs();
    pending.add(sentAt);
    http.send('GET', '/api/health', { timeoutMs: TIMEOUT_MS }).then(
      (answer) => {
        pending.delete(sentAt);
        if (answer.status === 200) latencies.push(nowMs() - sentAt);
        else failed++;
      },
      () => {
        pending.delete(sentAt);
        latencies.push(nowMs() - sentAt);
        failed++;
      },
    );
  }, everyMs);
  return {
    stop(): HealthReport {
      clearInterval(timer);
      // A probe still unanswered has been waiting at least this long.
      const now = nowMs();
      for (const sentAt of pending) latencies.push(now - sentAt);
      http.close();
      ownDelay.disable();
      return { ...summarize(latencies), failed, proberDelayMaxMs: ownDelay.max / 1e6 };
    },
  };
}
