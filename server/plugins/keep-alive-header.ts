import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const ASKS_TO_CLOSE = /\bclose\b/i;

/**
 * Says `Connection: keep-alive` itself on HTTP/1.1 answers that Node would keep alive anyway.
 * Node then leaves out the `Keep-Alive: timeout=72` line it adds beside its own: browsers ignore
 * it, and on a phone's first load (seven answers) it was 160 of the 60,000 bytes the phone may
 * take (issue 7). Exactly where Node keeps the connection: HTTP/1.1 and no `Connection: close`
 * in the request. The drain plugin's `Connection: close` on the last answers still wins.
 */
export default fp(
  async function keepAliveHeader(app: FastifyInstance) {
    app.addHook('onRequest', (request, reply, done) => {
      const raw = request.raw;
      if (raw.httpVersion === '1.1' && !ASKS_TO_CLOSE.test(raw.headers.connection ?? '')) {
        reply.raw.setHeader('connection', 'keep-alive');
      }
      done();
    });
  },
  { name: 'keep-alive-header' },
);
