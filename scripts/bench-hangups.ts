/**
 * `npm run bench:hangups`: what 2,000 phones hanging up at once cost the server, and the longest
 * turn of its event loop while it says goodbye. The server is started as `npm start` starts it
 * (on core 0, this bench on core 1), N viewer sockets connect, then every round:
 *
 * - as they come: every socket hangs up in one loop here, the server taking them as they arrive;
 * - all waiting: the server is paused (SIGSTOP) while every socket hangs up, so that all the
 *   closes wait for it at once when it resumes: what a server that fell behind the crowd meets.
 *
 * Linux only (taskset, /proc, signals). Loopback only; stops by itself.
 *
 *   npm run bench:hangups -- [--sockets 2000] [--rounds 4]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { pinBenchToCore1 } from './bench-live/fleet';
import { createHttpClient } from './bench-live/http-client';
import { cpuMs } from './bench-live/proc';
import { startServer, type ServerControl } from './bench-live/server';
import { sleep } from './bench-live/stats';

const { values } = parseArgs({
  options: { sockets: { type: 'string' }, rounds: { type: 'string' } },
});
const SOCKETS = Number(values.sockets ?? 2000);
const ROUNDS = Number(values.rounds ?? 4);
/** Long enough for every goodbye to have been handled. */
const SETTLE_MS = 2500;
const PAUSE_MS = 700;

const dir = mkdtempSync(join(tmpdir(), 'knyta-hangups-'));
let control: ServerControl | undefined;
process.on('exit', () => control?.killNow());
pinBenchToCore1();
const server = await startServer({
  port: 0,
  databasePath: join(dir, 'knyta.db'),
  pin: true,
  log: (line) => console.log(line),
  onSpawn: (c) => (control = c),
});
try {
  const http = createHttpClient(server.url, 2);
  const { event } = await http.json<{ event: { id: string } }>('POST', '/api/events', {
    body: { name: 'Hang-ups', date: '2026-12-02', timezone: 'Europe/Stockholm', language: 'en' },
  });
  const sockets: Socket[] = Array.from({ length: SOCKETS }, () =>
    io(server.url, {
      transports: ['websocket'],
      auth: { eventId: event.id },
      forceNew: true,
      reconnection: false,
      autoConnect: false,
    }),
  );
  const connectAll = async () => {
    for (let i = 0; i < sockets.length; i += 50) {
      await Promise.all(
        sockets.slice(i, i + 50).map(
          (s) =>
            new Promise<void>((resolve, reject) => {
              s.once('connect', () => resolve());
              s.once('connect_error', reject);
              s.connect();
            }),
        ),
      );
    }
    await sleep(1500);
  };
  const hangUpAll = () => sockets.forEach((s) => s.disconnect());

  console.log(`${SOCKETS} viewer sockets, ${ROUNDS} rounds (the first warms the server up)`);
  for (let round = 0; round < ROUNDS; round++) {
    await connectAll();
    await server.metrics(); // from here
    let cpu = cpuMs(server.pid);
    hangUpAll();
    await sleep(SETTLE_MS);
    const asTheyCome = await server.metrics();
    const asTheyComeCpu = cpuMs(server.pid) - cpu;

    await connectAll();
    await server.metrics(); // from here
    process.kill(server.pid, 'SIGSTOP');
    hangUpAll();
    await sleep(PAUSE_MS);
    cpu = cpuMs(server.pid);
    process.kill(server.pid, 'SIGCONT');
    await sleep(SETTLE_MS);
    const paused = await server.metrics();
    const allWaitingCpu = cpuMs(server.pid) - cpu;
    const perClose = (ms: number) => `${Math.round((ms * 1000) / SOCKETS)} µs a hang-up`;
    // The pause is the longest delay the server saw; the turn after it, the next.
    const [pause = 0, afterPause = 0] = paused.eventLoop.longestMs;
    console.log(
      `round ${round + 1}: as they come: longest turn ${Math.round(asTheyCome.eventLoop.maxMs)} ms, ` +
        `${perClose(asTheyComeCpu)} · all waiting: longest turn ` +
        `${Math.round(afterPause)} ms ` +
        `(after a pause of ${Math.round(pause)} ms), ${perClose(allWaitingCpu)}`,
    );
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
