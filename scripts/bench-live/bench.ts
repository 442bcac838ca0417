/** What every scenario works with, and the measurements they all take around a phase. */
import type { Metrics } from '../../shared/schemas/metrics';
import type { Fleet } from './fleet';
import type { HttpClient } from './http-client';
import type { Options } from './options';
import { startHealthProbe, type HealthReport } from './probe';
import { cpuMs, mainThreadSchedule, rssBytes } from './proc';
import type { ServerHandle } from './server';
import type { BenchEvent } from './setup';
import { nowMs, sleep } from './stats';

export interface Bench {
  opts: Options;
  server: ServerHandle;
  fleet: Fleet;
  event: BenchEvent;
  /** The bench's own client for set-up and version checks. */
  http: HttpClient;
  /** Sockets connected: participants + projectors + facilitators. */
  sockets: number;
  log(line: string): void;
}

/** CPU of the server and of the bench's processes, in ms and % of one core, over a phase. */
export interface CostReport {
  wallMs: number;
  serverCpuMs: number;
  serverCpuPercent: number;
  /** The server's main (event-loop) thread: time on a core, and time waiting for one. */
  serverMainThread: { runMs: number; waitMs: number };
  benchCpuMs: { main: number; sockets: number; generators: number; total: number };
  benchCpuPercent: number;
  eventLoop: Metrics['eventLoop'];
  /** The server's own part of a fact's way to the last socket of a crowd (see metrics.ts). */
  crowdFrames: Metrics['crowdFrames'];
  health: HealthReport;
  serverRssBytes: number;
}

/** Starts measuring a phase: CPU counters, a fresh event-loop histogram, the health probe. */
export async function measure(b: Bench) {
  await b.server.metrics(); // reading resets the server's event-loop histogram
  const startedAt = nowMs();
  const server0 = cpuMs(b.server.pid);
  const schedule0 = mainThreadSchedule(b.server.pid);
  const bench0 = b.fleet.cpu();
  const probe = startHealthProbe(b.server.url);
  return {
    async stop(): Promise<CostReport> {
      const wallMs = nowMs() - startedAt;
      const serverCpuMs = cpuMs(b.server.pid) - server0;
      const schedule1 = mainThreadSchedule(b.server.pid);
      const bench1 = b.fleet.cpu();
      const health = probe.stop();
      const metrics = await b.server.metrics();
      const main = bench1.main - bench0.main;
      const sockets = bench1.sockets - bench0.sockets;
      const generators = bench1.generators - bench0.generators;
      const total = main + sockets + generators;
      return {
        wallMs,
        serverCpuMs,
        serverCpuPercent: (100 * serverCpuMs) / wallMs,
        serverMainThread: {
          runMs: schedule1.runMs - schedule0.runMs,
          waitMs: schedule1.waitMs - schedule0.waitMs,
        },
        benchCpuMs: { main, sockets, generators, total },
        benchCpuPercent: (100 * total) / wallMs,
        eventLoop: metrics.eventLoop,
        crowdFrames: metrics.crowdFrames,
        health,
        serverRssBytes: rssBytes(b.server.pid),
      };
    },
  };
}

export async function currentVersion(b: Bench): Promise<number> {
  const snapshot = await b.http.json<{ version: number }>('GET', `/api/events/${b.event.eventId}`, {
    token: b.event.adminToken,
  });
  return snapshot.version;
}

/** Waits until every connected socket holds `version`, at most `ms`; false if some did not. */
export async function drain(b: Bench, version: number, ms: number): Promise<boolean> {
  const until = nowMs() + ms;
  for (;;) {
    const progress = await Promise.all(b.fleet.sockets.map((w) => w.call('progress', null)));
    if (progress.every((p) => p.minVersion >= version)) return true;
    if (nowMs() >= until) return false;
    await sleep(50);
  }
}

/** Splits `items` over `n` parts, round robin. */
export function spread<T>(items: readonly T[], n: number): T[][] {
  const parts: T[][] = Array.from({ length: n }, () => []);
  items.forEach((item, i) => parts[i % n]!.push(item));
  return parts;
}

/**
 * Waits until the previous phase is over for the server: its CPU under 10 % of a core over
 * half a second (a backlog shows as work, however busy the machine is otherwise) and every
 * socket at the current version; at most `ms`.
 */
export async function settle(
  b: Bench,
  ms = 60_000,
): Promise<{ seconds: number; settled: boolean }> {
  const start = nowMs();
  let idle = false;
  while (!idle && nowMs() - start < ms) {
    const before = cpuMs(b.server.pid);
    await sleep(500);
    idle = cpuMs(b.server.pid) - before < 50;
  }
  const drained = await drain(b, await currentVersion(b), Math.max(0, ms - (nowMs() - start)));
  return { seconds: (nowMs() - start) / 1000, settled: idle && drained };
}
