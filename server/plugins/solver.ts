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
    app.addHook('onClose', async () => {
      await pool.close();
    });
  },
  { name: 'solver' },
);
