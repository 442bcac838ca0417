/** Snapshot reads: participants fetching `GET /api/events/:id` while every socket is connected. */
import { measure, type Bench, type CostReport } from '../bench';
import { mergeCounts, nowMs, summarize, type Summary } from '../stats';

export interface SnapshotsReport {
  seconds: number;
  concurrency: number;
  encoding: 'gzip' | 'identity';
  reads: number;
  readsPerSecond: number;
  errors: Record<string, number>;
  latencyMs: Summary;
  bytesPerResponse: number;
  serverCpuMsPerRead: number;
  cost: CostReport;
}

export async function runSnapshots(b: Bench): Promise<SnapshotsReport> {
  const { seconds, concurrency, encoding, generators } = b.opts;
  b.log(`snapshots: ${concurrency} reads in flight for ${seconds} s (${encoding})…`);
  const phase = await measure(b);
  const startAt = nowMs() + 100;
  const perGenerator = Math.max(1, Math.ceil(concurrency / generators));
  const results = await Promise.all(
    b.fleet.generators.map((g) =>
      g.call('reads', { startAt, seconds, concurrency: perGenerator, encoding }),
    ),
  );
  const cost = await phase.stop();
  const reads = results.reduce((n, r) => n + r.ok, 0);
  const latencies = results.flatMap((r) => Array.from(r.latencies));
  const wireBytes = results.reduce((n, r) => n + r.wireBytes, 0);
  return {
    seconds,
    concurrency: perGenerator * generators,
    encoding,
    reads,
    readsPerSecond: reads / seconds,
    errors: mergeCounts(results.map((r) => r.errors)),
    latencyMs: summarize(latencies),
    bytesPerResponse: reads > 0 ? wireBytes / reads : 0,
    serverCpuMsPerRead: reads > 0 ? cost.serverCpuMs / reads : 0,
    cost,
  };
}
