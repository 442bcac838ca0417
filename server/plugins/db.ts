import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/client';
import type { Clock, IdSource } from '../deps';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    clock: Clock;
    ids: IdSource;
  }
}

export interface CoreDeps {
  db: Db;
  clock: Clock;
  ids: IdSource;
  /** Close the database with the app (the app opened it); tests that share one keep it open. */
  closeDb?: boolean;
}

export default fp(
  async function dbPlugin(app: FastifyInstance, deps: CoreDeps) {
    app.decorate('db', deps.db);
    app.decorate('clock', deps.clock);
    app.decorate('ids', deps.ids);
    if (deps.closeDb) {
      // After the socket server: a last broadcast may still read the database.
      app.addHook('onClose', async () => {
        deps.db.$client.close();
      });
    }
  },
  { name: 'db' },
);
