import { batch, createSignal, type Accessor } from 'solid-js';
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  FactName,
  Facts,
  ServerToClientEvents,
  SocketAuth,
} from '../../../shared/events';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';
type KnytaSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type FactHandler = (payload: never) => void;

/** Codes the server's handshake gives when retrying cannot help. */
const REFUSED = new Set([
  'unauthorized',
  'forbidden',
  'event_not_found',
  'not_found',
  'bad_request',
]);
const RETRY_AFTER_MS = 3000;

export interface LiveConnection {
  status: Accessor<ConnectionStatus>;
  /** Handles every fact named `name`; the facts of one frame run in order, in one batch. */
  on<K extends FactName>(name: K, handler: (payload: Facts[K]) => void): void;
  /** Runs on the first connect and on every reconnect: the moment to catch up. */
  onConnect(handler: () => void): void;
  /** The server turned the socket away (unknown event, bad token); it will not retry. */
  onRefused(handler: (code: string) => void): void;
  /** An attempt to connect failed (no network, no server); it tries again by itself. */
  onFailed(handler: () => void): void;
  close(): void;
}

/** The one place that talks Socket.IO: a typed, self-healing connection to one event. */
export function openLiveConnection(auth: SocketAuth): LiveConnection {
  const [status, setStatus] = createSignal<ConnectionStatus>(
    navigator.onLine === false ? 'offline' : 'connecting',
  );
  const socket: KnytaSocket = io({
    auth,
    // WebSocket first: no polling handshake and upgrade (four requests per phone, thousands in
    // a join rush); long-polling remains the fallback where a network blocks WebSockets.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
  });
  const factHandlers = new Map<FactName, FactHandler[]>();
  const connectHandlers: (() => void)[] = [];
  const refusedHandlers: ((code: string) => void)[] = [];
  const failedHandlers: (() => void)[] = [];
  let everConnected = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const retryLater = () => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      if (!closed && !socket.connected) socket.connect();
    }, RETRY_AFTER_MS);
  };

  socket.on('facts', (frame) => {
    batch(() => {
      for (const [name, payload] of frame) {
        for (const handle of factHandlers.get(name) ?? [])
          (handle as (p: typeof payload) => void)(payload);
      }
    });
  });

  socket.on('connect', () => {
    everConnected = true;
    setStatus('live');
    for (const h of connectHandlers) h();
  });

  socket.on('disconnect', (reason) => {
    if (closed) return;
    setStatus(navigator.onLine === false ? 'offline' : 'reconnecting');
    // The server hung up on purpose (e.g. a restart); Socket.IO leaves reconnecting to us.
    if (reason === 'io server disconnect') retryLater();
  });

  socket.on('connect_error', (err) => {
    if (closed) return;
    if (socket.active) {
      if (navigator.onLine === false) setStatus('offline');
      else setStatus(everConnected ? 'reconnecting' : 'connecting');
      for (const h of failedHandlers) h();
      return;
    }
    if (REFUSED.has(err.message)) {
      setStatus('offline');
      for (const h of refusedHandlers) h(err.message);
      return;
    }
    setStatus('reconnecting');
    retryLater();
  });

  const wentOnline = () => {
    if (socket.connected || closed) return;
    setStatus('reconnecting');
    // Skip the remaining back-off: the network is back now, so try at once.
    socket.disconnect().connect();
  };
  const wentOffline = () => {
    if (!socket.connected) setStatus('offline');
  };
  window.addEventListener('online', wentOnline);
  window.addEventListener('offline', wentOffline);

  return {
    status,
    on(name, handler) {
      const list = factHandlers.get(name) ?? [];
      list.push(handler as FactHandler);
      factHandlers.set(name, list);
    },
    onConnect: (handler) => connectHandlers.push(handler),
    onRefused: (handler) => refusedHandlers.push(handler),
    onFailed: (handler) => failedHandlers.push(handler),
    close() {
      closed = true;
      clearTimeout(retryTimer);
      window.removeEventListener('online', wentOnline);
      window.removeEventListener('offline', wentOffline);
      socket.disconnect();
    },
  };
}
