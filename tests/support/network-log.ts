import type { BrowserContext, Page } from 'playwright-core';

/** One request as the network saw it; a WebSocket is one entry with all its frames. */
export interface NetworkEntry {
  url: string;
  type: string;
  status: number | null;
  /** Content-Encoding of the response, if any. */
  encoding: string | null;
  /** Bytes on the wire: response headers and body as received (0 when served from cache). */
  bytes: number;
}

interface Recorded extends NetworkEntry {
  /** Wall-clock ms when the response was complete (the handshake, for a WebSocket). */
  doneAt: number | null;
  frames: { at: number; bytes: number }[];
}

// A frame's header is 2 bytes, 4 from 126 bytes of payload on; a client's frames add a 4-byte mask.
function frameBytes(payload: string, opcode: number, fromClient: boolean): number {
  const length = opcode === 2 ? Buffer.from(payload, 'base64').length : Buffer.byteLength(payload);
  return length + (length < 126 ? 2 : 4) + (fromClient ? 4 : 0);
}

/**
 * Records what a page transfers, through the Chrome DevTools Protocol: `encodedDataLength`
 * of every finished response (headers included), and WebSocket handshakes and frames, each
 * with the wall-clock time it completed, so a visit can be cut at a moment seen in the page.
 */
export async function recordNetwork(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const recorded = new Map<string, Recorded>();
  // CDP stamps events on a monotonic clock (s); requestWillBeSent also gives the wall time.
  let wallOffset = 0;
  const wall = (monotonic: number) => monotonic * 1000 + wallOffset;
  const entry = (id: string, url = '', type = 'Other') => {
    let e = recorded.get(id);
    if (!e) {
      e = { url, type, status: null, encoding: null, bytes: 0, doneAt: null, frames: [] };
      recorded.set(id, e);
    }
    return e;
  };

  cdp.on('Network.requestWillBeSent', (p) => {
    wallOffset = p.wallTime * 1000 - p.timestamp * 1000;
    entry(p.requestId, p.request.url, p.type ?? 'Other').url = p.request.url;
  });
  cdp.on('Network.responseReceived', (p) => {
    const e = entry(p.requestId, p.response.url, p.type);
    e.type = p.type;
    e.status = p.response.status;
    const headers = Object.entries(p.response.headers as Record<string, string>);
    e.encoding = headers.find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] ?? null;
  });
  cdp.on('Network.loadingFinished', (p) => {
    const e = entry(p.requestId);
    e.bytes = p.encodedDataLength;
    e.doneAt = wall(p.timestamp);
  });
  cdp.on('Network.loadingFailed', (p) => {
    entry(p.requestId).doneAt = wall(p.timestamp);
  });
  cdp.on('Network.webSocketCreated', (p) => {
    entry(p.requestId, p.url, 'WebSocket');
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (p) => {
    const e = entry(p.requestId, '', 'WebSocket');
    e.status = p.response.status;
    e.bytes = (p.response.headersText ?? '').length;
    e.doneAt = wall(p.timestamp);
  });
  const onFrame =
    (fromClient: boolean) =>
    (p: {
      requestId: string;
      timestamp: number;
      response: { opcode: number; payloadData: string };
    }) => {
      const bytes = frameBytes(p.response.payloadData, p.response.opcode, fromClient);
      entry(p.requestId, '', 'WebSocket').frames.push({ at: wall(p.timestamp), bytes });
    };
  cdp.on('Network.webSocketFrameReceived', onFrame(false));
  cdp.on('Network.webSocketFrameSent', onFrame(true));
  await cdp.send('Network.enable');

  return {
    /** Every request complete by `until` (wall-clock ms; default now), in the order they started. */
    entries(until = Infinity): NetworkEntry[] {
      return [...recorded.values()]
        .filter((e) => e.doneAt !== null && e.doneAt <= until)
        .map(({ url, type, status, encoding, bytes, frames }) => ({
          url,
          type,
          status,
          encoding,
          bytes: bytes + frames.reduce((sum, f) => (f.at <= until ? sum + f.bytes : sum), 0),
        }));
    },
    /** Resolves once every request is complete and nothing moved for `quietMs`. */
    async settled(quietMs = 300, timeoutMs = 10_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      let last = '';
      for (;;) {
        const all = [...recorded.values()];
        const now = JSON.stringify(all.map((e) => [e.bytes, e.doneAt, e.frames.length]));
        if (now === last && all.every((e) => e.doneAt !== null)) return;
        if (Date.now() > deadline) throw new Error('the network did not settle');
        last = now;
        await page.waitForTimeout(quietMs);
      }
    },
    detach: () => cdp.detach(),
  };
}
