import { describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer, Socket, type AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import { quietStreamEnds } from '../../server/live/quiet-stream-ends';

const { Receiver } = createRequire(import.meta.url)('ws') as {
  Receiver: new (options: { isServer: boolean }) => Writable;
};

quietStreamEnds();

/** `end(callback)` on a stream: the error the callback receives, or null. */
function endWithCallback(stream: Writable): Promise<unknown> {
  return new Promise((resolve) => stream.end((err?: unknown) => resolve(err ?? null)));
}

describe('quietStreamEnds', () => {
  it('still ends an open ws reader, and a bare end() after it finished changes nothing', async () => {
    const receiver = new Receiver({ isServer: true });
    const errors: unknown[] = [];
    receiver.on('error', (err) => errors.push(err));
    const finished = once(receiver, 'finish');
    expect(receiver.end()).toBe(receiver);
    await finished;
    expect(receiver.end()).toBe(receiver);
    // As net.Socket's own end() passes its arguments on: all three undefined.
    const end = receiver.end.bind(receiver) as (...args: unknown[]) => Writable;
    expect(end(undefined, undefined, undefined)).toBe(receiver);
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toEqual([]);
    expect(receiver.writableFinished).toBe(true);
  });

  it('leaves a late end() with a callback as Node made it: the callback gets the error', async () => {
    const receiver = new Receiver({ isServer: true });
    receiver.end();
    await once(receiver, 'finish');
    expect(await endWithCallback(receiver)).toMatchObject({ code: 'ERR_STREAM_ALREADY_FINISHED' });
  });

  it('ends TCP sockets as before, and lets a bare end() on a finished one pass quietly', async () => {
    const server = createServer((peer) => peer.resume());
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const connected = async () => {
        const socket = new Socket();
        socket.connect((server.address() as AddressInfo).port, '127.0.0.1');
        await once(socket, 'connect');
        return socket;
      };
      const client = await connected();
      client.end('last words');
      await once(client, 'finish');
      expect(client.end()).toBe(client);
      expect(await endWithCallback(client)).toMatchObject({
        code: 'ERR_STREAM_ALREADY_FINISHED',
      });
      // Ended, then destroyed before it could finish.
      const cut = await connected();
      cut.cork();
      cut.end('never sent');
      cut.destroy();
      expect(cut.end()).toBe(cut);
      expect(await endWithCallback(cut)).toMatchObject({ code: 'ERR_STREAM_DESTROYED' });
      // Destroyed without ending: a bare end() still marks it ended, as Node does.
      const dropped = await connected();
      dropped.destroy();
      dropped.end();
      expect(dropped.writableEnded).toBe(true);
      client.destroy();
    } finally {
      server.close();
    }
  });
});
