import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { MetricsSchema } from '../../shared/schemas/metrics';
import { longestDelays } from './longest-delays';

const NS_PER_MS = 1e6;
const US_PER_MS = 1e3;

/**
 * `GET /api/metrics` for benchmarks, registered only when METRICS is on. Each read resets the
 * histograms, so a reader gets the event-loop delay and the crowd frames since its previous read.
 */
export default fp(
  async function metricsPlugin(app: FastifyInstance) {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const longest = longestDelays(10);
    app.addHook('onClose', async () => {
      delay.disable();
      longest.stop();
    });
    // Each fact of a frame to a crowd: from its publication to the frame's last write, in µs.
    const crowd = createHistogram();
    app.live.observeCrowdFrames((publishedAt, writtenAt) => {
      for (const at of publishedAt)
        crowd.record(Math.max(1, Math.round((writtenAt - at) * US_PER_MS)));
    });

    app.get('/api/metrics', { schema: { response: { 200: MetricsSchema } } }, async () => {
      // An empty histogram has a NaN mean; JSON has no NaN.
      const sampled = delay.count > 0;
      const eventLoop = {
        maxMs: sampled ? delay.max / NS_PER_MS : 0,
        p99Ms: sampled ? delay.percentile(99) / NS_PER_MS : 0,
        meanMs: sampled ? delay.mean / NS_PER_MS : 0,
        longestMs: longest.read(),
      };
      const crowdFrames = {
        facts: crowd.count,
        p50Ms: crowd.count > 0 ? crowd.percentile(50) / US_PER_MS : 0,
        p95Ms: crowd.count > 0 ? crowd.percentile(95) / US_PER_MS : 0,
        maxMs: crowd.count > 0 ? crowd.max / US_PER_MS : 0,
      };
      delay.reset();
      crowd.reset();
      const memory = process.memoryUsage();
      return {
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        sockets: app.io.of('/').sockets.size,
        eventLoop,
        crowdFrames,
      };
    });
  },
  { name: 'metrics', dependencies: ['socket'] },
);
