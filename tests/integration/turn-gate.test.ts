import { connect as tcpConnect } from 'node:net';
import { io as connect } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_WAITING_CHUNKS } from '../../server/live/gated-socket-input';
import { joinAs, seedEvent, startApp, type Harness } from '../support/app';

// A budget of nothing: every handshake and snapshot goes through the gate's queue, one a turn.
let h: Harness;
let eventId: string;
let joinCode: string;
beforeEach(async () => {
  h = await startApp({ listen: true, turnBudgetMs: 0 });
  const seeded = await seedEvent(h.app);
  eventId = seeded.event.id;
  joinCode = seeded.event.joinCode;
});
afterEach(async () => {
  await h.close();
});

describe('admission by turn', () => {
  it('lets a crowd that arrives together connect and fetch the snapshot, every one of them', async () => {
    const phones = await Promise.all(
      Array.from({ length: 30 }, (_, i) => joinAs(h.app, joinCode, `Phone ${i}`)),
    );
    const results = await Promise.all(
      phones.map(async ({ token }) => {
        const socket = await h.socket({ eventId, token });
        const res = await fetch(`${h.url}/api/events/${eventId}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return { connected: socket.connected, status: res.status };
      }),
    );
    expect(results.every((r) => r.connected && r.status === 200)).toBe(true);
    expect(h.app.turnGate.waiting).toBe(0);
  });

  it('survives a phone that hangs up while its handshake waits', async () => {
    const { port } = new URL(h.url);
    // Keep the gate busy so that the raw handshake below has to wait for its turn.
    const busy = Array.from({ length: 10 }, () => h.socket({ eventId }));
    await new Promise<void>((resolve) => {
      const tcp = tcpConnect(Number(port), '127.0.0.1', () => {
        tcp.write(
          'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
            'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
            'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
          () => {
            tcp.resetAndDestroy();
            resolve();
          },
        );
      });
    });
    await Promise.all(busy);
    const after = await h.socket({ eventId });
    expect(after.connected).toBe(true);
    const health = await fetch(`${h.url}/api/health`);
    expect(health.status).toBe(200);
  });

  it("sends Socket.IO's connect through the gate, after the handshake", async () => {
    const gate = h.app.turnGate;
    const run = gate.run.bind(gate);
    let admitted = 0;
    gate.run = (job) => {
      admitted++;
      run(job);
    };
    const socket = await h.socket({ eventId });
    gate.run = run;
    expect(socket.connected).toBe(true);
    // The WebSocket handshake, the connect packet as it arrives, then the connect with its
    // token check and rooms.
    expect(admitted).toBe(3);
  });

  it('handles hang-ups in their turn, each socket in order: its goodbye before its close', async () => {
    const crowd = await Promise.all(Array.from({ length: 10 }, () => h.socket({ eventId })));
    const reasons: string[] = [];
    for (const socket of h.app.io.of('/').sockets.values()) {
      socket.on('disconnect', (reason) => reasons.push(reason));
    }
    // Hold everything that arrives from now on, as a gate with a long queue would.
    const gate = h.app.turnGate;
    const run = gate.run.bind(gate);
    const held: (() => void)[] = [];
    gate.run = (job) => held.push(job);
    for (const socket of crowd) socket.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 150));
    // The goodbyes and close frames have arrived (a phone's TCP close follows the server's
    // answer to its close frame), and wait: the server still holds every socket.
    expect(held.length).toBeGreaterThanOrEqual(10);
    expect(h.app.io.of('/').sockets.size).toBe(10);
    expect(reasons).toEqual([]);

    gate.run = run;
    for (const job of held) run(job);
    await expect.poll(() => h.app.io.of('/').sockets.size).toBe(0);
    // Each namespace goodbye was read before its socket's close: not a "transport close".
    expect(reasons).toEqual(Array(10).fill('client namespace disconnect'));
    expect(h.app.turnGate.waiting).toBe(0);
    const health = await fetch(`${h.url}/api/health`);
    expect(health.status).toBe(200);
  });

  it('forgets a phone that hangs up before its connect had its turn', async () => {
    const quitter = connect(h.url, {
      auth: { eventId },
      transports: ['websocket'],
      reconnection: false,
    });
    quitter.io.on('open', () => quitter.disconnect());
    const crowd = await Promise.all(Array.from({ length: 10 }, () => h.socket({ eventId })));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(crowd.every((s) => s.connected)).toBe(true);
    expect(quitter.connected).toBe(false);
    expect(h.app.io.of('/').sockets.size).toBe(10);
    expect(h.app.turnGate.waiting).toBe(0);
    const health = await fetch(`${h.url}/api/health`);
    expect(health.status).toBe(200);
  });

  it('cuts off a client that floods its socket while the gate is busy, and no one else', async () => {
    const [flooder, calm] = await Promise.all([h.socket({ eventId }), h.socket({ eventId })]);
    const gate = h.app.turnGate;
    const run = gate.run.bind(gate);
    const held: (() => void)[] = [];
    gate.run = (job) => held.push(job);
    const cut = new Promise((resolve) => flooder.on('disconnect', resolve));
    // Each message its own chunk: a pause between them lets each leave on its own.
    const engine = flooder.io.engine;
    for (let i = 0; i < MAX_WAITING_CHUNKS + 8 && flooder.connected; i++) {
      engine.send(`flood ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await expect(cut).resolves.toBe('transport close');
    gate.run = run;
    for (const job of held) run(job);
    await expect.poll(() => h.app.io.of('/').sockets.size).toBe(1);
    expect(calm.connected).toBe(true);
    const health = await fetch(`${h.url}/api/health`);
    expect(health.status).toBe(200);
  });
});
