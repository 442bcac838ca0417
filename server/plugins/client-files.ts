import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built client and answers every non-API path with index.html, so links such as
 * /join/ABC234 open the app. The API's 404s stay JSON.
 */
export default fp(
  async function clientFilesPlugin(app: FastifyInstance, opts: { root: string }) {
    const index = join(opts.root, 'index.html');
    if (!existsSync(index)) {
      app.log.warn(`no built client at ${opts.root}: run "npm run build"`);
      return;
    }
    await app.register(fastifyStatic, { root: opts.root, wildcard: false, index: false });
    const spa = (_req: unknown, reply: { sendFile: (f: string) => unknown }) =>
      reply.sendFile('index.html');
    app.get('/', spa);
    for (const prefix of ['/join', '/e', '/admin', '/screen']) {
      app.get(`${prefix}`, spa);
      app.get(`${prefix}/*`, spa);
    }
  },
  { name: 'client-files', dependencies: ['errors'] },
);
