/**
 * A worker process holding a share of the sockets: participants, projectors, facilitators.
 * It records when each socket receives each version and checks that versions are contiguous.
 */
import { io, type Socket } from 'socket.io-client';
import { ClientSync } from './client-sync';
import { factsOf, versionOf } from './facts';
import { createRunMemo, leanParser, RawFrame, type FrameRun } from './lean-parser';
import { createHttpClient, type HttpClient } from './http-client';
import { FACTS_MESSAGE, readFactsOf, transportsFor } from './lean-transport';
import { serveCommands } from './ipc';
import { serverVersionAt } from './catch-up';
import type { ClientSpec, Deliveries, SocketCommands } from './socket-commands';
import { countInto, nowMs, randomSource, sleep } from './stats';

interface Client {
  spec: ClientSpec;
  socket: Socket;
  /** Last version seen since connecting; -1 before the first. */
  last: number;
  connected: boolean;
  dropping: boolean;
  connectCalledAt: number;
  connectedAt: number;
  sync: ClientSync | null;
}

const RETRY_AFTER_MS = 3000;
const clients: Client[] = [];
let serverUrl = '';
let eventId = '';
let recording = false;
let base = 0;
let received: number[] = [];
let lastAt: number[] = [];
let firstAt: number[] = [];
let gaps = 0;
let outOfOrder = 0;
let frames = 0;
let disconnects = 0;
let recordedSockets = 0;

/** Who received one frame run while recording: how many sockets, first and last when. */
interface RunTally {
  sockets: number;
  firstAt: number;
  lastAt: number;
}

const frameRuns = createRunMemo(FACTS_MESSAGE.length);
let runTallies = new Map<FrameRun, RunTally>();

/** A `facts` message straight off a connected socket's WebSocket, as bytes. */
function onFactsMessage(client: Client, bytes: Buffer) {
  const run = frameRuns(bytes);
  if (run === null) {
    const text = bytes.toString('utf8', FACTS_MESSAGE.length, bytes.length - 1);
    return onEvent(client, 'facts', [new RawFrame(text)]);
  }
  const at = nowMs();
  if (recording) frames++;
  if (run.last < run.first) return;
  client.sync?.onRun(run.first, run.last);
  if (run.first <= client.last) {
    // Overlaps what this socket has: version by version, to count what is out of order.
    for (let version = run.first; version <= run.last; version++) {
      onVersion(client, version, at);
    }
    return;
  }
  // The usual case: the versions that follow this socket's last, all in one step.
  if (client.last >= 0 && run.first !== client.last + 1 && recording) gaps++;
  client.last = run.last;
  if (!recording || run.last <= base) return;
  const tally = runTallies.get(run);
  if (tally) {
    tally.sockets++;
    tally.firstAt = Math.min(tally.firstAt, at);
    tally.lastAt = Math.max(tally.lastAt, at);
  } else runTallies.set(run, { sockets: 1, firstAt: at, lastAt: at });
}

/** A Socket.IO event that went the usual way (before connect), or a frame needing a closer look. */
function onEvent(client: Client, name: string, args: unknown[]) {
  const at = nowMs();
  if (recording) frames++;
  for (const fact of factsOf(name, args)) {
    const version = versionOf(fact);
    if (version === null) continue;
    client.sync?.onFact(fact.name, version);
    onVersion(client, version, at);
  }
}

function onVersion(client: Client, version: number, at: number) {
  if (version <= client.last) {
    if (version < client.last && recording) outOfOrder++;
    return;
  }
  if (client.last >= 0 && version !== client.last + 1 && recording) gaps++;
  client.last = version;
  if (recording && version > base) {
    const i = version - base - 1;
    received[i] = (received[i] ?? 0) + 1;
    lastAt[i] = Math.max(lastAt[i] ?? 0, at);
    firstAt[i] = Math.min(firstAt[i] ?? Infinity, at);
  }
}

function open(spec: ClientSpec, url: string, transports: ('polling' | 'websocket')[]): Client {
  const socket = io(url, {
    auth: spec.token ? { eventId, token: spec.token } : { eventId },
    transports: transportsFor(transports),
    forceNew: true,
    // The bench decides when a socket comes back; an unplanned drop is counted, not hidden.
    reconnection: false,
    timeout: 30_000,
    parser: leanParser,
  });
  const client: Client = {
    spec,
    socket,
    last: -1,
    connected: false,
    dropping: false,
    connectCalledAt: nowMs(),
    connectedAt: 0,
    sync: null,
  };
  socket.onAny((name: string, ...args: unknown[]) => onEvent(client, name, args));
  // Frames straight from the WebSocket once connected (lean-transport.ts); the same reading.
  socket.io.on('open', () =>
    readFactsOf(socket.io.engine, (bytes) => {
      if (!socket.connected) return false;
      onFactsMessage(client, bytes);
      return true;
    }),
  );
  socket.on('connect', () => {
    client.connected = true;
    client.connectedAt = nowMs();
    client.sync?.onConnect();
  });
  socket.on('disconnect', () => {
    client.connected = false;
    client.last = -1;
    if (!client.dropping && recording) disconnects++;
  });
  return client;
}

function waitConnected(client: Client): Promise<void> {
  if (client.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      client.socket.off('connect', onConnect);
      client.socket.off('connect_error', onError);
    };
    const onConnect = () => {
      done();
      resolve();
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    client.socket.on('connect', onConnect);
    client.socket.on('connect_error', onError);
  });
}

let http: HttpClient | null = null;

serveCommands<SocketCommands>({
  async connect({ url, eventId: id, clients: specs, transports, concurrency }) {
    serverUrl = url;
    eventId = id;
    const errors: Record<string, number> = {};
    let next = 0;
    let connected = 0;
    const lane = async () => {
      while (next < specs.length) {
        const client = open(specs[next++]!, url, transports);
        clients.push(client);
        try {
          await waitConnected(client);
          connected++;
        } catch (err) {
          countInto(errors, err instanceof Error ? err.message : String(err));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, lane));
    return { connected, errors };
  },

  assume({ version }) {
    for (const c of clients) if (c.connected) c.last = Math.max(c.last, version);
    return null;
  },

  record({ from }) {
    base = from;
    runTallies = new Map();
    received = [];
    lastAt = [];
    firstAt = [];
    gaps = outOfOrder = frames = disconnects = 0;
    const live = clients.filter((c) => c.connected);
    // The event is at `from` and nothing else writes: the next fact anyone sees is from + 1.
    for (const c of live) c.last = Math.max(c.last, from);
    recordedSockets = live.length;
    recording = true;
    return { sockets: recordedSockets };
  },

  progress() {
    const live = clients.filter((c) => c.connected);
    // After a reconnect, a client may be current by its snapshot alone, with no fact since.
    const held = (c: Client) => (c.sync ? c.sync.version : c.last);
    return {
      minVersion: live.reduce((min, c) => Math.min(min, held(c)), Number.POSITIVE_INFINITY),
      connected: live.length,
    };
  },

  deliveries({ to }) {
    recording = false;
    const n = Math.max(0, to - base);
    const result: Deliveries = {
      sockets: recordedSockets,
      received: new Int32Array(n),
      lastAt: new Float64Array(n),
      firstAt: new Float64Array(n),
      gaps,
      outOfOrder,
      frames,
      disconnects,
    };
    for (const [run, tally] of runTallies) {
      const last = Math.min(run.last, to);
      for (let version = Math.max(run.first, base + 1); version <= last; version++) {
        const i = version - base - 1;
        received[i] = (received[i] ?? 0) + tally.sockets;
        lastAt[i] = Math.max(lastAt[i] ?? 0, tally.lastAt);
        firstAt[i] = Math.min(firstAt[i] ?? Infinity, tally.firstAt);
      }
    }
    runTallies = new Map();
    for (let i = 0; i < n; i++) {
      result.received[i] = received[i] ?? 0;
      result.lastAt[i] = lastAt[i] ?? 0;
      result.firstAt[i] = firstAt[i] ?? 0;
    }
    return result;
  },

  async reconnect({ dropAt, spreadMs, drop, deadline, encoding, httpConnections, seed }) {
    const snapshotHttp = (http ??= createHttpClient(serverUrl, httpConnections));
    const random = randomSource(seed);
    const hangUp = (client: Client) => {
      client.dropping = true;
      client.socket.disconnect();
      client.sync = new ClientSync({
        http: snapshotHttp,
        eventId,
        token: client.spec.token,
        encoding,
        deadline,
      });
    };
    await sleep(Math.max(0, dropAt - nowMs()));
    // The venue Wi-Fi blinks: every socket drops at once…
    if (drop === 'together') clients.forEach(hangUp);
    // …and each phone comes back at its own moment within the spread.
    const connectErrors: Record<string, number> = {};
    await Promise.all(
      clients.map(async (client) => {
        await sleep(Math.max(0, dropAt + random.next() * spreadMs - nowMs()));
        if (drop === 'each') hangUp(client);
        client.connectCalledAt = nowMs();
        // Like the real client: a refused or failed connect is tried again a bit later.
        while (!client.connected && nowMs() < deadline) {
          client.socket.connect();
          try {
            await waitConnected(client);
          } catch (err) {
            countInto(connectErrors, err instanceof Error ? err.message : String(err));
            await sleep(RETRY_AFTER_MS);
          }
        }
        client.dropping = false;
      }),
    );
    // The first snapshot after connecting (the client fetches it on `connect`).
    while (nowMs() < deadline && clients.some((c) => c.connected && c.sync?.syncedAt === null)) {
      await sleep(20);
    }
    return { reconnected: clients.filter((c) => c.connected).length, connectErrors };
  },

  catchUp({ acks, floorVersion, finalVersion }) {
    const targetAt = serverVersionAt(acks, floorVersion);
    const latencies: number[] = [];
    const connectMs: number[] = [];
    const snapshotMs: number[] = [];
    let lastCaughtAt = 0;
    let notCaughtUp = 0;
    let atFinalVersion = 0;
    const snapshotErrors: Record<string, number> = {};
    let snapshots = 0;
    let refetches = 0;
    for (const client of clients) {
      const sync = client.sync!;
      for (const failure of sync.failures) countInto(snapshotErrors, failure);
      snapshots += sync.snapshots;
      refetches += sync.refetches;
      const caughtAt = sync.reached(targetAt(client.connectCalledAt));
      if (caughtAt === null || !client.connected) notCaughtUp++;
      else {
        latencies.push(caughtAt - client.connectCalledAt);
        lastCaughtAt = Math.max(lastCaughtAt, caughtAt);
      }
      if (sync.version === finalVersion) atFinalVersion++;
      if (client.connected) connectMs.push(client.connectedAt - client.connectCalledAt);
      if (sync.syncedAt !== null) snapshotMs.push(sync.syncedAt - client.connectedAt);
    }
    return {
      latencies: Float64Array.from(latencies),
      connectMs: Float64Array.from(connectMs),
      snapshotMs: Float64Array.from(snapshotMs),
      lastCaughtAt,
      snapshotErrors,
      snapshots,
      refetches,
      notCaughtUp,
      atFinalVersion,
    };
  },
});
