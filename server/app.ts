import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import clientFiles from './plugins/client-files';
import auth from './plugins/auth';
import dbPlugin, { type CoreDeps } from './plugins/db';
import errors from './plugins/errors';
import metrics from './plugins/metrics';
import socket from './plugins/socket';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { joinRoutes } from './routes/join';
import { proposalRoutes } from './routes/proposals';
import { roomRoutes } from './routes/rooms';
import { slotRoutes } from './routes/slots';
import { voteRoutes } from './routes/votes';
import { placementRoutes } from './routes/placements';
import { historyRoutes } from './routes/history';
import { mergeRoutes } from './routes/merge';
import { conflictRoutes } from './routes/conflicts';
import { avoidPairRoutes } from './routes/avoid-pairs';
import { gridApplyRoutes } from './routes/grid-apply';
import { suggestRoutes } from './routes/suggest';
import solver from './plugins/solver';
import { loadConfig } from './config';

export interface AppOptions extends CoreDeps {
  logger?: FastifyServerOptions['logger'];
  /** Where the built client is; omitted in tests that only talk to the API. */
  clientDir?: string;
  /**
   * Serve `GET /api/metrics`. When omitted, the METRICS setting decides (main.ts does not pass
   * it yet).
   */
  metrics?: boolean;
}

/** The whole app from its dependencies; main.ts and the tests build the same one. */
export async function buildApp(opts: AppOptions) {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 64 * 1024,
    ajv: {
      // Unknown fields and wrong types are errors, not silently dropped or converted.
      customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Infrastructure, then services, then routes.
  await app.register(errors);
  await app.register(dbPlugin, {
    db: opts.db,
    clock: opts.clock,
    ids: opts.ids,
    closeDb: opts.closeDb,
  });
  await app.register(socket);
  await app.register(auth);
  await app.register(solver);
  if (opts.metrics ?? loadConfig(process.env).METRICS) await app.register(metrics);

  await app.register(healthRoutes);
  await app.register(eventRoutes);
  await app.register(joinRoutes);
  await app.register(roomRoutes);
  await app.register(slotRoutes);
  await app.register(proposalRoutes);
  await app.register(voteRoutes);
  await app.register(mergeRoutes);
  await app.register(placementRoutes);
  await app.register(historyRoutes);
  await app.register(conflictRoutes);
  await app.register(avoidPairRoutes);
  await app.register(gridApplyRoutes);
  await app.register(suggestRoutes);

  if (opts.clientDir) await app.register(clientFiles, { root: opts.clientDir });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
