import { NodeWebSocket, NodeXHR, type Socket as Engine } from 'engine.io-client';
import type { WebSocket } from 'ws';

/** A `facts` frame as it arrives: Engine.IO's message packet around Socket.IO's EVENT packet. */
export const FACTS_MESSAGE = Buffer.from('42["facts",');

/** Whether a received text frame is a `facts` frame, by its first bytes. */
export function isFactsMessage(bytes: Buffer): boolean {
  if (bytes.length <= FACTS_MESSAGE.length) return false;
  for (let i = 0; i < FACTS_MESSAGE.length; i++) if (bytes[i] !== FACTS_MESSAGE[i]) return false;
  return true;
}

/**
 * Who reads the `facts` frames of an Engine.IO connection straight off the wire, as the bytes
 * `ws` received: true when it took the frame, false to let it go the usual way (e.g. before
 * Socket.IO's connect).
 */
type FactsReader = (bytes: Buffer) => boolean;
const factsReaders = new WeakMap<Engine, FactsReader>();

/** Lets `read` take the `facts` frames of this connection before socket.io-client's layers do. */
export function readFactsOf(engine: Engine, read: FactsReader): void {
  factsReaders.set(engine, read);
}

/**
 * socket.io-client's WebSocket transport, made cheaper to receive with: one core plays 2,000
 * phones here, each of which would have its own CPU.
 * - `ws`'s UTF-8 check of every received frame is off: the frames are JSON the server under
 *   test encoded; a phone's browser would check them on its own CPU.
 * - A `facts` frame goes to its reader as the bytes `ws` received, instead of being decoded to
 *   a string, wrapped in a MessageEvent and passed through Engine.IO's socket, the Manager, the
 *   parser and the Socket.IO socket (six events emitted and a nextTick for each message).
 *   Everything else (the handshake, pings, connect, disconnect) takes the usual way.
 */
class LeanWebSocket extends NodeWebSocket {
  override createSocket(
    uri: string,
    protocols: string | string[] | undefined,
    opts: Record<string, unknown>,
  ): unknown {
    const ws = super.createSocket(uri, protocols, {
      ...opts,
      skipUTF8Validation: true,
      perMessageDeflate: false,
    }) as WebSocket;
    // Engine.IO's transport sets `onmessage` next; it is taken here, at the Buffer level.
    Object.defineProperty(ws, 'onmessage', { configurable: true, get: () => null, set: () => {} });
    ws.on('message', (data: Buffer, isBinary: boolean) => this.onMessage(data, isBinary));
    return ws;
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (!isBinary && isFactsMessage(data)) {
      const read = factsReaders.get(this.socket);
      if (read?.(data)) return;
    }
    this.onData(isBinary ? data : data.toString());
  }
}

/** The transports for socket.io-client's `transports` option, by name, in the given order. */
export function transportsFor(names: ('polling' | 'websocket')[]) {
  return names.map((name) => (name === 'websocket' ? LeanWebSocket : NodeXHR));
}
