import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createSolverPool, type SolverPool } from '../schedule/solver-pool';

declare module 'fastify' {
  interface FastifyInstance {
    solver: SolverPool;
  }
}

export default fp(
  async function solverPlugin(app: FastifyInstance) {
    const pool = createSolverPool();
    app.decorate('solver', pool);
    // A suggestion still being worked on answers with its best so far instead of holding the
    // shutdown for the rest of its time budget (up to 10 s).
    app.addHook('preClose', async () => {
      pool.hurry();
    });
    app.addHook('onClose', async () => {
      await pool.close();
    });
  },
  { name: 'solver' },
);
