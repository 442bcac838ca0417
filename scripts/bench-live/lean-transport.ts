import { NodeWebSocket, NodeXHR, type Socket as Engine } from 'engine.io-client';

/** A `facts` frame as it arrives: Engine.IO's message packet around Socket.IO's EVENT packet. */
export const FACTS_MESSAGE = '42["facts",';

/**
 * Who reads the `facts` frames of an Engine.IO connection straight off the wire: true when it
 * took the frame, false to let it go the usual way (e.g. before Socket.IO's connect).
 */
type FactsReader = (text: string) => boolean;
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
 * - A `facts` frame goes to its reader directly instead of through Engine.IO's socket, the
 *   Manager, the parser and the Socket.IO socket (six events emitted and a nextTick for each
 *   message): about half of the 50 µs a message costs through all of them. Everything else
 *   (the handshake, pings, connect, disconnect) takes the usual way.
 */
class LeanWebSocket extends NodeWebSocket {
  override createSocket(
    uri: string,
    protocols: string | string[] | undefined,
    opts: Record<string, unknown>,
  ): unknown {
    return super.createSocket(uri, protocols, {
      ...opts,
      skipUTF8Validation: true,
      perMessageDeflate: false,
    });
  }

  protected override onData(data: Parameters<NodeWebSocket['onData']>[0]): void {
    if (typeof data === 'string' && data.startsWith(FACTS_MESSAGE)) {
      const read = factsReaders.get(this.socket);
      if (read?.(data)) return;
    }
    super.onData(data);
  }
}

/** The transports for socket.io-client's `transports` option, by name, in the given order. */
export function transportsFor(names: ('polling' | 'websocket')[]) {
  return names.map((name) => (name === 'websocket' ? LeanWebSocket : NodeXHR));
}
