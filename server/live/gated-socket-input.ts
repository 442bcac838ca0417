import type { TurnGate } from './turn-gate';

/** What is used of a TCP socket: its events, and its end when a client floods it. */
interface Emitter {
  emit(event: string | symbol, ...args: unknown[]): boolean;
  destroy(): void;
}

/** What is used of an Engine.IO connection: its transport, and the WebSocket under it. */
interface ConnectionLike {
  transport: { name: string; socket?: { _socket?: unknown } };
}

// What a client sends, its hang-up and the socket's end: the work a closing phone causes.
const GATED = new Set<string | symbol>(['data', 'end', 'close']);
const gated = new WeakSet<object>();

/**
 * A phone sends a handshake, a pong every ten seconds and a goodbye: a few chunks at most wait
 * for one socket even in a storm. A client with this many waiting is flooding the server, and
 * its chunks would pile up in memory while the gate is busy: it is cut off, as `ws` cuts off an
 * oversized message.
 */
export const MAX_WAITING_CHUNKS = 64;

/**
 * Hands what arrives on a WebSocket's TCP socket to the turn gate: its data (frames, pongs, a
 * close frame), its end and its close. When 2,000 phones hang up together, Node runs every
 * socket's close in the turn it arrives in: the close frame answered (a write each), Engine.IO's
 * and Socket.IO's goodbyes (rooms left, timers cleared), 110-320 µs a phone. Whenever the
 * server fell a little behind the crowd, the closes waiting piled up into one turn: up to 255 ms
 * with 2,000 phones hanging up, 454-471 ms in two reconnect storms. Through the gate they take
 * at most the gate's budget of each turn (24-30 ms the longest turn then). Errors stay
 * immediate: a socket's 'error' must find its listener at once, or the process ends.
 *
 * The events of one socket keep their order (the gate is first come, first served), and a
 * socket whose events wait is untouched otherwise: a frame written to it meanwhile goes out, or
 * fails quietly as before when the client has gone.
 */
export function gateSocketInput(tcp: Emitter, gate: TurnGate): void {
  if (gated.has(tcp)) return;
  gated.add(tcp);
  const emit = tcp.emit;
  let waiting = 0;
  tcp.emit = function (this: Emitter, event, ...args) {
    if (!GATED.has(event)) return emit.call(this, event, ...args);
    if (event !== 'data') {
      gate.run(() => emit.call(this, event, ...args));
      return true;
    }
    if (++waiting > MAX_WAITING_CHUNKS) {
      this.destroy();
      return true;
    }
    gate.run(() => {
      waiting--;
      emit.call(this, event, ...args);
    });
    return true;
  };
}

/** The TCP socket under an Engine.IO connection's WebSocket, or null (long-polling). */
export function tcpOfWebSocket(conn: ConnectionLike): Emitter | null {
  if (conn.transport.name !== 'websocket') return null;
  const tcp = conn.transport.socket?._socket as Partial<Emitter> | undefined;
  return tcp && typeof tcp.emit === 'function' && typeof tcp.destroy === 'function'
    ? (tcp as Emitter)
    : null;
}
