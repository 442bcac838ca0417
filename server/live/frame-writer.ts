import type { Fact } from '../../shared/events';
import type { KnytaServer } from './live';

type KnytaSocket =
  ReturnType<KnytaServer['of']>['sockets'] extends Map<string, infer S> ? S : never;

/** The one thing used of `ws`'s WebSocket: send a text message, already encoded. */
interface WebSocketLike {
  readyState: number;
  send(data: Buffer, options: { binary: boolean; compress: boolean }): void;
}

const WS_OPEN = 1;

/**
 * A frame as Socket.IO puts it on the wire: Engine.IO's message packet ("4") around Socket.IO's
 * EVENT packet ("2") on the main namespace, with JSON arguments and no acknowledgement id.
 */
export function encodeFrame(frame: Fact[]): Buffer {
  return Buffer.from(`42${JSON.stringify(['facts', frame])}`);
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
 * Writes one encoded frame to a socket. At 2,000 sockets a frame is 2,000 writes, and going
 * through Socket.IO and Engine.IO (write buffer, flush and drain events, a callback per write)
 * cost about half again as much CPU as the write itself: over a WebSocket the frame goes
 * straight to it. Everything we send goes this way, so frames keep their order; Engine.IO's
 * own packets (pings) are independent of them. Long-polling sockets take the usual path.
 */
export function writeFrame(socket: KnytaSocket, encoded: Buffer, frame: Fact[]): void {
  const ws = webSocketOf(socket);
  if (ws) ws.send(encoded, { binary: false, compress: false });
  else socket.emit('facts', frame);
}
