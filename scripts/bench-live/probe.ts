/** `GET /api/health` every 100 ms on its own connections: what a load balancer would see. */
import { createHttpClient } from './http-client';
import { nowMs, summarize, type Summary } from './stats';

export interface HealthReport extends Summary {
  failed: number;
}

export function startHealthProbe(url: string, everyMs = 100) {
  const http = createHttpClient(url, 4);
  const latencies: number[] = [];
  const pending = new Set<number>();
  let failed = 0;
  const timer = setInterval(() => {
    // On schedule even when the previous probe is still waiting: a slow answer is the finding.
    const sentAt = nowMs();
    pending.add(sentAt);
    http.send('GET', '/api/health', { timeoutMs: 10_000 }).then(
      (answer) => {
        pending.delete(sentAt);
        if (answer.status === 200) latencies.push(nowMs() - sentAt);
        else failed++;
      },
      () => {
        pending.delete(sentAt);
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
      return { ...summarize(latencies), failed };
    },
  };
}
