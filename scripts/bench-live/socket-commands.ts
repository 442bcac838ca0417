/** What the bench asks a socket worker, and what it answers. */
import type { Drop } from './options';

export interface ClientSpec {
  /** None for a projector (anonymous viewer). */
  token?: string;
}

export interface Deliveries {
  /** Sockets connected when recording started: each should receive every version. */
  sockets: number;
  /** Per version from+1 … to: how many sockets received it, when the first and the last did. */
  received: Int32Array;
  lastAt: Float64Array;
  firstAt: Float64Array;
  gaps: number;
  outOfOrder: number;
  frames: number;
  disconnects: number;
}

export interface ReconnectOutcome {
  reconnected: number;
  connectErrors: Record<string, number>;
}

export interface CatchUp {
  /** Per caught-up client: ms from its connect() call until it held the target version. */
  latencies: Float64Array;
  /** Per client: from connect() to `connect`, and from `connect` to the first snapshot. */
  connectMs: Float64Array;
  snapshotMs: Float64Array;
  /** Latest moment (monotonic ms) at which a client became current. */
  lastCaughtAt: number;
  snapshotErrors: Record<string, number>;
  snapshots: number;
  /** Snapshots fetched again because a version was missing after one. */
  refetches: number;
  notCaughtUp: number;
  atFinalVersion: number;
}

export type SocketCommands = {
  connect: {
    args: {
      url: string;
      eventId: string;
      clients: ClientSpec[];
      transports: ('polling' | 'websocket')[];
      concurrency: number;
    };
    result: { connected: number; errors: Record<string, number> };
  };
  /** The event is at `version` and quiet: connected sockets hold it (as after a snapshot). */
  assume: { args: { version: number }; result: null };
  record: { args: { from: number }; result: { sockets: number } };
  progress: { args: null; result: { minVersion: number; connected: number } };
  deliveries: { args: { to: number }; result: Deliveries };
  reconnect: {
    args: {
      dropAt: number;
      spreadMs: number;
      drop: Drop;
      deadline: number;
      encoding: 'gzip' | 'identity';
      httpConnections: number;
      seed: number;
    };
    result: ReconnectOutcome;
  };
  catchUp: {
    args: { acks: Float64Array; floorVersion: number; finalVersion: number };
    result: CatchUp;
  };
};
