import type { Fact } from '../../shared/events';
import { encodeFrame, writeFrame } from './frame-writer';
import type { KnytaServer } from './live';

export interface FrameOptions {
  /** The least time between two frames to one audience, once facts come faster than that. */
  windowMs: number;
  /** Sockets written to per turn of the event loop, so that requests get in between. */
  chunkSize: number;
}

/**
 * 100 ms: every frame costs one write per socket on the server and one parse per phone, so at
 * 2,000 sockets ten frames a second is what one core can afford beside the requests, while a
 * fact still reaches the last phone well within the 150–200 ms people read as "at once".
 *
 * 400 sockets a turn: a write costs 13–14 µs, so a chunk holds the loop for about 5 ms, and a
 * frame reaches 2,000 sockets in five turns. Chunks of 100 took twenty turns, each with its
 * requests in between, and the last socket got the frame some 30 ms later (docs/BENCHMARKS.md);
 * whole frames at once (1,000 and more) pushed `/api/health` over 100 ms.
 */
export const DEFAULT_FRAME_OPTIONS: FrameOptions = { windowMs: 100, chunkSize: 400 };

/**
 * Told when a frame to a crowd (more sockets than one chunk) has been written to its last
 * socket: when each of its facts was published, and when the last write was made, both
 * `performance.now()`. What the server alone adds to "vote → last phone".
 */
export type CrowdFrameObserver = (publishedAt: readonly number[], writtenAt: number) => void;

interface Outgoing {
  facts: Fact[];
  publishedAt: number[];
}

interface Audience {
  pending: Fact[];
  pendingAt: number[];
  outbox: Outgoing[];
  /** A flush is due at the end of this turn of the event loop (the leading edge). */
  leading: boolean;
  /** Set while the window after the last frame runs; facts wait for its end. */
  cooling: ReturnType<typeof setTimeout> | null;
  sending: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Coalesces facts into `facts` frames per Socket.IO room (an audience). A fact after a quiet
 * window leaves at the end of the current turn, together with whatever else that turn
 * committed; under load each audience gets at most one frame per window. Frames to one
 * audience leave strictly in order, each in chunks of sockets.
 */
export function createFrameSender(io: KnytaServer, opts: FrameOptions = DEFAULT_FRAME_OPTIONS) {
  const audiences = new Map<string, Audience>();
  const observers: CrowdFrameObserver[] = [];
  let closed = false;

  const forgetIfIdle = (room: string, a: Audience) => {
    if (!a.sending && !a.leading && !a.cooling && a.pending.length === 0) audiences.delete(room);
  };

  function flush(room: string, a: Audience): void {
    if (closed || a.pending.length === 0) return forgetIfIdle(room, a);
    a.outbox.push({ facts: a.pending, publishedAt: a.pendingAt });
    a.pending = [];
    a.pendingAt = [];
    a.cooling = setTimeout(() => {
      a.cooling = null;
      flush(room, a);
    }, opts.windowMs);
    if (!a.sending) void drain(room, a);
  }

  async function drain(room: string, a: Audience): Promise<void> {
    a.sending = true;
    const nsp = io.of('/');
    for (let out = a.outbox.shift(); out && !closed; out = a.outbox.shift()) {
      const members = nsp.adapter.rooms.get(room);
      if (!members) continue;
      const frame = out.facts;
      const encoded = encodeFrame(frame);
      // Who is in the room when the frame starts: a socket that joins later fetches a
      // snapshot that already holds these facts.
      const ids = [...members];
      for (let i = 0; i < ids.length; i += opts.chunkSize) {
        if (i > 0) await nextTurn();
        for (const id of ids.slice(i, i + opts.chunkSize)) {
          const socket = nsp.sockets.get(id);
          if (socket) writeFrame(socket, encoded, frame);
        }
      }
      if (ids.length > opts.chunkSize && out.publishedAt.length > 0) {
        const writtenAt = performance.now();
        for (const observe of observers) observe(out.publishedAt, writtenAt);
      }
    }
    a.sending = false;
    forgetIfIdle(room, a);
  }

  return {
    publish(room: string, fact: Fact): void {
      // Nobody listening: a socket that joins later starts from a snapshot that has this fact.
      if (closed || !io.of('/').adapter.rooms.has(room)) return;
      let a = audiences.get(room);
      if (!a) {
        a = {
          pending: [],
          pendingAt: [],
          outbox: [],
          leading: false,
          cooling: null,
          sending: false,
        };
        audiences.set(room, a);
      }
      a.pending.push(fact);
      // Timed only for an observer (benchmarks): nothing more per fact otherwise.
      if (observers.length > 0) a.pendingAt.push(performance.now());
      if (a.leading || a.cooling) return;
      a.leading = true;
      const audience = a;
      setImmediate(() => {
        audience.leading = false;
        flush(room, audience);
      });
    },

    /** Calls `observe` after every frame to a crowd (see CrowdFrameObserver): for benchmarks. */
    observeCrowdFrames(observe: CrowdFrameObserver): void {
      observers.push(observe);
    },

    /** Drops what has not left yet: used when the server shuts down. */
    close(): void {
      closed = true;
      for (const a of audiences.values()) if (a.cooling) clearTimeout(a.cooling);
      audiences.clear();
    },
  };
}

export type FrameSender = ReturnType<typeof createFrameSender>;
