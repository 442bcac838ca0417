import { NodeWebSocket, NodeXHR } from 'engine.io-client';

/**
 * socket.io-client's WebSocket transport with `ws`'s UTF-8 check of every received frame off.
 * The frames are JSON the server under test encoded; a phone's browser would check them on its
 * own CPU, but here one core receives every copy for 2,000 phones.
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
}

/** The transports for socket.io-client's `transports` option, by name, in the given order. */
export function transportsFor(names: ('polling' | 'websocket')[]) {
  return names.map((name) => (name === 'websocket' ? LeanWebSocket : NodeXHR));
}
