import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Server } from 'socket.io';
import { Value } from '@sinclair/typebox/value';
import { Type } from '@sinclair/typebox';
import { resolveCaller } from '../auth/caller';
import { HttpError } from '../http-error';
import { readEvent } from '../repos/events-repo';
import { DEFAULT_FRAME_OPTIONS, type FrameOptions } from '../live/fact-frames';
import { createLive, type KnytaServer, type Live } from '../live/live';
import { gateSocketInput, tcpOfWebSocket } from '../live/gated-socket-input';
import { quietStreamEnds } from '../live/quiet-stream-ends';
import { adminRoom, participantRoom, publicRoom } from '../live/rooms';

declare module 'fastify' {
  interface FastifyInstance {
    io: KnytaServer;
    live: Live;
  }
}

type UpgradeListener = (request: IncomingMessage, tcp: Duplex, head: Buffer) => void;
type EngineEvents = { on(event: 'upgrade', listener: () => void): unknown };

const SocketAuthSchema = Type.Object({
  eventId: Type.String({ minLength: 1, maxLength: 64 }),
  token: Type.Optional(Type.String({ maxLength: 200 })),
});

/**
 * Socket.IO on Fastify's own HTTP server. A socket names its event (and its token) when it
 * connects and is put in that event's rooms only; it never joins another event's.
 */
export default fp(
  async function socketPlugin(app: FastifyInstance, opts: { frames?: Partial<FrameOptions> }) {
    let closing = false;
    quietStreamEnds();
    const io: KnytaServer = new Server(app.server, {
      serveClient: false,
      // A client that reconnects while the server shuts down is refused, not let in to be cut.
      allowRequest: (_req, callback) => callback(closing ? 'closing' : null, !closing),
      // Phones on conference Wi-Fi drop often: keep missed packets short, catch-up is a snapshot.
      pingInterval: 10_000,
      pingTimeout: 8_000,
      // Sockets only listen (commands go over HTTP, with their rate limits): a client sends its
      // handshake and pongs, nowhere near Socket.IO's default limit of a megabyte a message.
      maxHttpBufferSize: 16 * 1024,
    });

    // A WebSocket handshake waits for its turn (see turn-gate.ts) when many arrive together.
    const upgrades = app.server.listeners('upgrade') as UpgradeListener[];
    app.server.removeAllListeners('upgrade');
    app.server.on('upgrade', (request: IncomingMessage, tcp: Duplex, head: Buffer) => {
      // Node has let go of the socket and ws has not taken it yet: while it waits, nothing else
      // listens for its 'error', and an unhandled one would end the process.
      const ignore = () => {};
      tcp.on('error', ignore);
      app.turnGate.run(() => {
        tcp.off('error', ignore);
        for (const listener of upgrades) listener.call(app.server, request, tcp, head);
      });
    });

    // What a WebSocket's client sends, and its hang-up, wait for their turn too.
    const gateInput = (conn: Parameters<typeof tcpOfWebSocket>[0]) => {
      const tcp = tcpOfWebSocket(conn);
      if (tcp) gateSocketInput(tcp, app.turnGate);
    };
    io.engine.on('connection', (conn: Parameters<typeof tcpOfWebSocket>[0] & EngineEvents) => {
      gateInput(conn);
      // A long-polling client that moves to a WebSocket.
      conn.on('upgrade', () => gateInput(conn));
    });

    type Admission = Parameters<KnytaServer['use']>[0];
    const admit: Admission = (socket, next) => {
      const auth: unknown = socket.handshake.auth;
      if (!Value.Check(SocketAuthSchema, auth)) return next(new Error('bad_request'));
      try {
        readEvent(app.db, auth.eventId);
        const failures = app.failures.tokens.at(app.addressOf(socket.request));
        const caller = resolveCaller(app.db, auth.eventId, auth.token ?? null, failures);
        socket.data = {
          eventId: auth.eventId,
          role: caller.role === 'anonymous' ? 'viewer' : caller.role,
          participantId: caller.role === 'participant' ? caller.participantId : null,
        };
        next();
      } catch (err) {
        next(new Error(err instanceof HttpError ? err.code : 'internal'));
      }
    };
    // Socket.IO's connect (the token checked, the rooms joined, the answer sent) is the next
    // thing every returning phone asks for after its handshake: it waits for its turn too.
    io.use((socket, next) => app.turnGate.run(() => admit(socket, next)));

    io.on('connection', (socket) => {
      const { eventId, role, participantId } = socket.data;
      void socket.join(role === 'admin' ? adminRoom(eventId) : publicRoom(eventId));
      if (participantId) void socket.join(participantRoom(participantId));
    });

    app.decorate('io', io);
    const live = createLive(io, { ...DEFAULT_FRAME_OPTIONS, ...opts.frames });
    app.decorate('live', live);
    // Open sockets hold the HTTP server open, so closing would wait for them forever: hang up
    // first. Clients reconnect by themselves to whichever server comes back.
    app.addHook('preClose', async () => {
      closing = true;
      live.close();
      io.disconnectSockets(true);
    });
    app.addHook('onClose', async () => {
      await io.close();
    });
  },
  { name: 'socket', dependencies: ['db', 'rate-limits', 'turn-gate'] },
);
