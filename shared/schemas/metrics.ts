import { Type, type Static } from '@sinclair/typebox';

/** Event-loop delay since the previous read, in milliseconds. */
export const EventLoopDelaySchema = Type.Object({
  maxMs: Type.Number(),
  p99Ms: Type.Number(),
  meanMs: Type.Number(),
});

/** `GET /api/metrics` (only with METRICS=1): what a benchmark reads before and after a phase. */
export const MetricsSchema = Type.Object({
  rssBytes: Type.Integer(),
  heapUsedBytes: Type.Integer(),
  /** Socket.IO sockets connected to this process. */
  sockets: Type.Integer(),
  eventLoop: EventLoopDelaySchema,
});
export type Metrics = Static<typeof MetricsSchema>;
