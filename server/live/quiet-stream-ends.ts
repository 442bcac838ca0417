import { Socket } from 'node:net';
import * as ws from 'ws';

type End = (...args: unknown[]) => unknown;

interface WritableFlags {
  _writableState: {
    ending: boolean;
    errored: unknown;
    finished: boolean;
    destroyed: boolean;
    corked: number;
  };
}

/**
 * `ws`'s frame reader, a Writable: exported by the package, though its type definitions leave
 * it out. Imported, not required, so that the bundle patches the copy engine.io uses.
 */
const { Receiver } = ws as unknown as { Receiver: { prototype: { end: End } } };

/**
 * A WebSocket that closes ends its TCP socket and `ws`'s frame reader more than once: the
 * reader ends itself on the close frame, then `ws` ends it again when the TCP socket ends and
 * once more when it closes, and ends the TCP socket after its close frame went out. Each late
 * `end()` builds an error with a stack trace that nobody receives (no callback was given):
 * about 7 µs each, some 20 µs per closing phone. When 2,000 phones hang up together, Node runs
 * all their closes in one turn of the event loop, and these errors were a quarter of it.
 *
 * The guard returns early only where Node's `Writable.prototype.end` would do nothing but
 * build that error: `end()` with no arguments on a stream that is not corked, whose writing
 * has ended, and which has finished or been destroyed. Any other call goes through unchanged.
 */
function guarded(end: End): End {
  return function (this: WritableFlags, ...args: unknown[]) {
    const w = this._writableState;
    if (
      args.every((a) => a === undefined) &&
      w.corked === 0 &&
      (w.ending || w.errored != null) &&
      (w.finished || w.destroyed)
    ) {
      return this;
    }
    return end.apply(this, args);
  };
}

let installed = false;

/** Installs the guard on `ws`'s reader and on TCP sockets, once per process. */
export function quietStreamEnds(): void {
  if (installed) return;
  installed = true;
  Receiver.prototype.end = guarded(Receiver.prototype.end);
  Socket.prototype.end = guarded(Socket.prototype.end as End) as typeof Socket.prototype.end;
}
