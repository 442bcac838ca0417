import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MetricsSchema } from '../../shared/schemas/metrics';

const NS_PER_MS = 1e6;

/**
 * `GET /api/metrics` for benchmarks, registered only when METRICS is on. Each read resets the
 * event-loop histogram, so a reader gets the delay since its previous read.
 */
export default fp(
  async function metricsPlugin(app: FastifyInstance) {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    app.addHook('onClose', async () => delay.disable());

    app.get('/api/metrics', { schema: { response: { 200: MetricsSchema } } }, async () => {
      // An empty histogram has a NaN mean; JSON has no NaN.
      const sampled = delay.count > 0;
      const eventLoop = {
        maxMs: sampled ? delay.max / NS_PER_MS : 0,
        p99Ms: sampled ? delay.percentile(99) / NS_PER_MS : 0,
        meanMs: sampled ? delay.mean / NS_PER_MS : 0,
      };
      delay.reset();
      const memory = process.memoryUsage();
      return {
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        sockets: app.io.of('/').sockets.size,
        eventLoop,
      };
    });
  },
  { name: 'metrics', dependencies: ['socket'] },
);
