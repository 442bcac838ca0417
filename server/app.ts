import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import clientFiles from './plugins/client-files';
import auth from './plugins/auth';
import compression from './plugins/compression';
import dbPlugin, { type CoreDeps } from './plugins/db';
import drain from './plugins/drain';
import errors from './plugins/errors';
import metrics from './plugins/metrics';
import rateLimits from './plugins/rate-limits';
import securityHeaders from './plugins/security-headers';
import keepAliveHeader from './plugins/keep-alive-header';
import socket from './plugins/socket';
import turnGate from './plugins/turn-gate';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { joinRoutes } from './routes/join';
import { proposalRoutes } from './routes/proposals';
import { roomRoutes } from './routes/rooms';
import { slotRoutes } from './routes/slots';
import { voteRoutes } from './routes/votes';
import { starRoutes } from './routes/stars';
import { placementRoutes } from './routes/placements';
import { historyRoutes } from './routes/history';
import { mergeRoutes } from './routes/merge';
import { conflictRoutes } from './routes/conflicts';
import { avoidPairRoutes } from './routes/avoid-pairs';
import { gridApplyRoutes } from './routes/grid-apply';
import { suggestRoutes } from './routes/suggest';
import { exportJsonRoutes } from './routes/export-json';
import { exportCsvRoutes } from './routes/export-csv';
import { frabRoutes } from './routes/frab';
import { calendarRoutes } from './routes/calendar';
import { participantCalendarRoutes } from './routes/participant-calendar';
import { adminLinkRoutes } from './routes/admin-link';
import { importRoutes } from './routes/import';
import { noteRoutes } from './routes/notes';
import solver from './plugins/solver';
import snapshots from './plugins/snapshots';
import type { FrameOptions } from './live/fact-frames';
import { trustFunction, type TrustProxy } from './guard/client-address';
import type { Limits } from './guard/limits';
import { sharedSerializerCompiler } from './shared-serializers';

export interface AppOptions extends CoreDeps {
  logger?: FastifyServerOptions['logger'];
  /** Where the built client is; omitted in tests that only talk to the API. */
  clientDir?: string;
  /** How live facts are framed; tests may shorten or lengthen the window. */
  frames?: Partial<FrameOptions>;
  /** Serve `GET /api/metrics` (the METRICS setting): event-loop delay and memory, for benchmarks. */
  metrics?: boolean;
  /** Admission work per turn of the event loop (see turn-gate.ts); tests make it 0. */
  turnBudgetMs?: number;
  /** Whose X-Forwarded-For to believe (the TRUST_PROXY setting); nobody's by default. */
  trustProxy?: TrustProxy;
  /** Other rate limits than guard/limits.ts's, e.g. for a benchmark. */
  limits?: Partial<Limits>;
}

/** The whole app from its dependencies; main.ts and the tests build the same one. */
export async function buildApp(opts: AppOptions) {
  const trustProxy = opts.trustProxy ?? false;
  const app = Fastify({
    logger: opts.logger ?? false,
    // The same rule as the Socket.IO handshakes' (plugins/rate-limits.ts).
    trustProxy: trustProxy === false ? false : trustFunction(trustProxy),
    bodyLimit: 64 * 1024,
    ajv: {
      // Unknown fields and wrong types are errors, not silently dropped or converted.
      customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Before any route: every plugin context inherits this one compiler and its cache.
  app.setSerializerCompiler(sharedSerializerCompiler());

  // Infrastructure, then services, then routes.
  await app.register(errors);
  await app.register(drain);
  await app.register(securityHeaders);
  await app.register(keepAliveHeader);
  await app.register(compression);
  await app.register(dbPlugin, {
    db: opts.db,
    clock: opts.clock,
    ids: opts.ids,
    closeDb: opts.closeDb,
  });
  await app.register(rateLimits, { trustProxy, ...(opts.limits ? { limits: opts.limits } : {}) });
  await app.register(turnGate, { budgetMs: opts.turnBudgetMs });
  await app.register(socket, { frames: opts.frames ?? {} });
  await app.register(auth);
  await app.register(snapshots);
  await app.register(solver);
  if (opts.metrics) await app.register(metrics);

  await app.register(healthRoutes);
  await app.register(eventRoutes);
  await app.register(joinRoutes);
  await app.register(roomRoutes);
  await app.register(slotRoutes);
  await app.register(proposalRoutes);
  await app.register(voteRoutes);
  await app.register(starRoutes);
  await app.register(noteRoutes);
  await app.register(mergeRoutes);
  await app.register(placementRoutes);
  await app.register(historyRoutes);
  await app.register(conflictRoutes);
  await app.register(avoidPairRoutes);
  await app.register(gridApplyRoutes);
  await app.register(suggestRoutes);
  await app.register(exportJsonRoutes);
  await app.register(exportCsvRoutes);
  await app.register(frabRoutes);
  await app.register(calendarRoutes);
  await app.register(participantCalendarRoutes);
  await app.register(adminLinkRoutes);
  await app.register(importRoutes);

  if (opts.clientDir) await app.register(clientFiles, { root: opts.clientDir });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
