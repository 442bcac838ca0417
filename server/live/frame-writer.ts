import type { Fact } from '../../shared/events';
import type { KnytaServer } from './live';

type KnytaSocket =
  ReturnType<KnytaServer['of']>['sockets'] extends Map<string, infer S> ? S : never;

/** The TCP socket under a WebSocket: what a frame is written to. */
interface RawSocketLike {
  writable: boolean;
  destroyed: boolean;
  write(data: Buffer): boolean;
}

/**
 * What is used of `ws`'s WebSocket: send a text message, already encoded, and the socket and
 * sender underneath, which `ws` keeps in private fields (so they are checked at run time).
 */
interface WebSocketLike {
  readyState: number;
  send(data: Buffer, options: { binary: boolean; compress: boolean }): void;
  _socket?: Partial<RawSocketLike>;
  /** `_state` 0 is ws's DEFAULT: not compressing nor reading a Blob; `_queue` waits behind that. */
  _sender?: { _state?: unknown; _queue?: { length: number } };
}

const WS_OPEN = 1;

/** A frame in the two forms it is written in, made once for all the sockets it goes to. */
export interface EncodedFrame {
  /** Engine.IO's message packet around Socket.IO's EVENT packet: what a message carries. */
  text: Buffer;
  /** `text` as a whole WebSocket message, header included, written to the TCP socket as is. */
  wire: Buffer;
}

/**
 * The header of an unmasked, unfragmented text message (RFC 6455 §5.2): FIN and opcode 1,
 * then the length in 7 bits, or 126 and 16 bits, or 127 and 64 bits. A server never masks.
 */
export function webSocketMessage(payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(head + n);
  out[0] = 0x81;
  if (head === 2) out[1] = n;
  else if (head === 4) {
    out[1] = 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 127;
    out.writeBigUInt64BE(BigInt(n), 2);
  }
  payload.copy(out, head);
  return out;
}

/**
 * A frame as Socket.IO puts it on the wire: Engine.IO's message packet ("4") around Socket.IO's
 * EVENT packet ("2") on the main namespace, with JSON arguments and no acknowledgement id.
 */
export function encodeFrame(frame: Fact[]): EncodedFrame {
  const text = Buffer.from(`42${JSON.stringify(['facts', frame])}`);
  return { text, wire: webSocketMessage(text) };
}

/**
 * The WebSocket under an open Engine.IO connection, or null (long-polling, an upgrade under
 * way, closing). Engine.IO keeps it in a private field, so this is checked at run time.
 */
export function webSocketOf(socket: KnytaSocket): WebSocketLike | null {
  const conn = socket.conn;
  if (conn.readyState !== 'open' || conn.upgrading || conn.transport.name !== 'websocket') {
    return null;
  }
  const ws = (conn.transport as unknown as { socket?: Partial<WebSocketLike> }).socket;
  return ws && typeof ws.send === 'function' && ws.readyState === WS_OPEN
    ? (ws as WebSocketLike)
    : null;
}

/**
 * The TCP socket under an open WebSocket when a whole message may be written to it now: ws's
 * sender has nothing waiting (it holds messages back only while compressing one or reading a
 * Blob, neither of which we do), so a message written here keeps its place among ws's own.
 */
export function idleSocketOf(ws: WebSocketLike): RawSocketLike | null {
  const raw = ws._socket;
  const sender = ws._sender;
  if (!raw || typeof raw.write !== 'function' || !raw.writable || raw.destroyed) return null;
  if (!sender || sender._state !== 0 || sender._queue?.length !== 0) return null;
  return raw as RawSocketLike;
}

/**
 * Writes one encoded frame to a socket. At 2,000 sockets a frame is 2,000 writes, so each is
 * made as cheap as it can be: over a WebSocket the whole message, built once, goes to the TCP
 * socket in one write. Through Socket.IO and Engine.IO (write buffer, flush and drain events,
 * a callback per write) it cost half again as much CPU as the write, and `ws.send` (a header
 * per socket, then cork, two writes and a writev) another third. Everything we send goes this
 * way, so frames keep their order; Engine.IO's pings are independent of them. Long-polling
 * sockets take the usual path.
 */
export function writeFrame(socket: KnytaSocket, encoded: EncodedFrame, frame: Fact[]): void {
  const ws = webSocketOf(socket);
  if (!ws) {
    socket.emit('facts', frame);
    return;
  }
  const raw = idleSocketOf(ws);
  if (raw) raw.write(encoded.wire);
  else ws.send(encoded.text, { binary: false, compress: false });
}
