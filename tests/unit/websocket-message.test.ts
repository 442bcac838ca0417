import { describe, expect, it } from 'vitest';
import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { webSocketMessage } from '../../server/live/frame-writer';

/** ws's frame parser: exported by the package, though its type definitions leave it out. */
interface WsReceiver extends EventEmitter {
  write(chunk: Buffer): boolean;
}
const { Receiver } = createRequire(import.meta.url)('ws') as {
  Receiver: new (options: { isServer: boolean; skipUTF8Validation: boolean }) => WsReceiver;
};

/** What `ws`'s own client-side parser makes of the bytes: the reference reader. */
function received(bytes: Buffer): Promise<{ data: Buffer; isBinary: boolean }> {
  return new Promise((resolve, reject) => {
    const receiver = new Receiver({ isServer: false, skipUTF8Validation: false });
    receiver.on('message', (data: Buffer, isBinary: boolean) => resolve({ data, isBinary }));
    receiver.on('error', reject);
    receiver.write(bytes);
  });
}

describe('webSocketMessage', () => {
  // Each length form of RFC 6455 §5.2 at its edges: 7 bits, 16 bits, 64 bits.
  for (const length of [0, 1, 125, 126, 127, 65535, 65536, 70000]) {
    it(`frames ${length} bytes as one unmasked text message`, async () => {
      const payload = Buffer.alloc(length, 'å'.charCodeAt(0) & 0x7f);
      const bytes = webSocketMessage(payload);
      const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
      expect(bytes.length).toBe(header + length);
      expect(bytes[0]).toBe(0x81);
      expect(bytes[1]! & 0x80).toBe(0);
      const { data, isBinary } = await received(bytes);
      expect(isBinary).toBe(false);
      expect(data.equals(payload)).toBe(true);
    });
  }

  it('keeps UTF-8 text intact', async () => {
    const payload = Buffer.from('42["facts",[["proposal:added",{"title":"Öppna data på fika"}]]]');
    const { data } = await received(webSocketMessage(payload));
    expect(data.toString('utf8')).toBe(payload.toString('utf8'));
  });
});
