import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createTurnGate, type TurnGate } from '../live/turn-gate';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where bursty, deferrable work (handshakes, snapshots) waits for its turn. */
    turnGate: TurnGate;
  }
}

/**
 * 10 ms of admission work per turn of the event loop: a frame's chunk, a vote and a health check
 * still get in between, and one core still admits several hundred returning phones a second.
 */
export const TURN_BUDGET_MS = 10;

export default fp(
  async function turnGatePlugin(app: FastifyInstance, opts: { budgetMs?: number }) {
    const gate = createTurnGate(opts.budgetMs ?? TURN_BUDGET_MS, (err) =>
      app.log.error({ err }, 'admitted work failed'),
    );
    app.decorate('turnGate', gate);
  },
  { name: 'turn-gate' },
);
