import { afterEach, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { startApp } from '../support/app';

let h: Awaited<ReturnType<typeof startApp>> | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The answer's head, exactly as the server wrote it, for a request written by hand. */
function headOf(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.destroy();
      resolve(text.slice(0, end).toLowerCase());
    });
    socket.on('error', reject);
  });
}

describe('the keep-alive header', () => {
  it('keeps an HTTP/1.1 connection alive without the Keep-Alive line, and closes when asked', async () => {
    h = await startApp({ listen: true });
    const kept = await headOf(h.url, 'GET /api/health HTTP/1.1\r\nHost: knyta\r\n\r\n');
    expect(kept).toContain('\r\nconnection: keep-alive');
    expect(kept).not.toContain('\r\nkeep-alive:');

    const closed = await headOf(
      h.url,
      'GET /api/health HTTP/1.1\r\nHost: knyta\r\nConnection: close\r\n\r\n',
    );
    expect(closed).toContain('\r\nconnection: close');
    expect(closed).not.toContain('keep-alive');

    const old = await headOf(h.url, 'GET /api/health HTTP/1.0\r\nHost: knyta\r\n\r\n');
    expect(old).not.toContain('keep-alive');
  });
});
