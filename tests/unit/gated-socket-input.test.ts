import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  gateSocketInput,
  MAX_WAITING_CHUNKS,
  tcpOfWebSocket,
} from '../../server/live/gated-socket-input';
import type { TurnGate } from '../../server/live/turn-gate';

/** A gate that holds every job until told to run them, in order. */
function heldGate() {
  const jobs: (() => void)[] = [];
  const gate: TurnGate = {
    run: (job) => void jobs.push(job),
    get waiting() {
      return jobs.length;
    },
  };
  return { gate, runAll: () => jobs.splice(0).forEach((job) => job()) };
}

describe('gateSocketInput', () => {
  it('holds data, end and close for the gate, in order, and lets errors through at once', () => {
    const tcp = Object.assign(new EventEmitter(), { destroy: () => undefined });
    const seen: string[] = [];
    for (const name of ['data', 'end', 'close', 'error', 'drain']) {
      tcp.on(name, (arg?: unknown) => seen.push(arg === undefined ? name : `${name}:${arg}`));
    }
    const { gate, runAll } = heldGate();
    gateSocketInput(tcp, gate);
    gateSocketInput(tcp, gate); // once per socket: a second call changes nothing

    expect(tcp.emit('data', 'a')).toBe(true);
    tcp.emit('data', 'b');
    tcp.emit('end');
    tcp.emit('drain');
    tcp.emit('error', 'reset');
    tcp.emit('close', false);
    expect(seen).toEqual(['drain', 'error:reset']);
    expect(gate.waiting).toBe(4);

    runAll();
    expect(seen).toEqual(['drain', 'error:reset', 'data:a', 'data:b', 'end', 'close:false']);
  });

  it('cuts off a client whose chunks pile up while the gate is busy, and keeps what came before', () => {
    let destroyed = 0;
    const tcp = Object.assign(new EventEmitter(), { destroy: () => void destroyed++ });
    const chunks: number[] = [];
    tcp.on('data', (n: number) => chunks.push(n));
    const { gate, runAll } = heldGate();
    gateSocketInput(tcp, gate);
    for (let i = 0; i < MAX_WAITING_CHUNKS; i++) tcp.emit('data', i);
    expect(destroyed).toBe(0);
    // Once they have had their turn, as many may wait again.
    runAll();
    for (let i = 0; i < MAX_WAITING_CHUNKS; i++) tcp.emit('data', i);
    expect(destroyed).toBe(0);
    tcp.emit('data', -1);
    expect(destroyed).toBe(1);
    runAll();
    expect(chunks).toHaveLength(2 * MAX_WAITING_CHUNKS);
    expect(chunks).not.toContain(-1);
  });

  it('finds the TCP socket under a WebSocket transport only', () => {
    const tcp = Object.assign(new EventEmitter(), { destroy: () => undefined });
    expect(tcpOfWebSocket({ transport: { name: 'websocket', socket: { _socket: tcp } } })).toBe(
      tcp,
    );
    expect(tcpOfWebSocket({ transport: { name: 'polling' } })).toBeNull();
    expect(tcpOfWebSocket({ transport: { name: 'websocket', socket: {} } })).toBeNull();
  });
});
