import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** How long requests still running when the app closes may take before their connections go. */
export const DRAIN_GRACE_MS = 2000;

/**
 * Lets requests already running when the app closes finish (their writes are acknowledged),
 * without any connection holding the close: `server.close()` waits for every connection.
 * A keep-alive one is told `Connection: close` on its last reply (Fastify itself does so only
 * for requests that arrive after closing began); whatever is still open after the grace (a
 * body that never finishes arriving, a long poll) is cut.
 */
export default fp(
  async function drainPlugin(app: FastifyInstance) {
    let closing = false;
    let cut: NodeJS.Timeout | undefined;
    app.addHook('preClose', async () => {
      closing = true;
      cut = setTimeout(() => app.server.closeAllConnections(), DRAIN_GRACE_MS);
      cut.unref();
    });
    app.addHook('onClose', async () => {
      clearTimeout(cut);
    });
    // A callback, not an async hook: it runs on every answer, and a promise each is wasted.
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (closing) reply.header('connection', 'close');
      done(null, payload);
    });
  },
  { name: 'drain' },
);
