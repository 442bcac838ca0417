import { Type, type Static } from '@sinclair/typebox';

/** Event-loop delay since the previous read, in milliseconds. */
export const EventLoopDelaySchema = Type.Object({
  maxMs: Type.Number(),
  p99Ms: Type.Number(),
  meanMs: Type.Number(),
  /**
   * The three longest delays, longest first: a bench that pauses the server (SIGSTOP) sees its
   * pause as the longest and the turn that followed it as the next.
   */
  longestMs: Type.Array(Type.Number(), { maxItems: 3 }),
});

/**
 * Facts sent in frames to a crowd (an audience of more sockets than one chunk) since the
 * previous read: from publication to the frame's last write to a socket, in milliseconds.
 * The server's own part of "vote → last phone"; the phones' receiving is not in it.
 */
export const CrowdFramesSchema = Type.Object({
  facts: Type.Integer(),
  p50Ms: Type.Number(),
  p95Ms: Type.Number(),
  maxMs: Type.Number(),
});

/** `GET /api/metrics` (only with METRICS=1): what a benchmark reads before and after a phase. */
export const MetricsSchema = Type.Object({
  rssBytes: Type.Integer(),
  heapUsedBytes: Type.Integer(),
  /** Socket.IO sockets connected to this process. */
  sockets: Type.Integer(),
  eventLoop: EventLoopDelaySchema,
  crowdFrames: CrowdFramesSchema,
});
export type Metrics = Static<typeof MetricsSchema>;
