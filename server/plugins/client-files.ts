import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Vite names everything under assets/ by its content hash: a new build means new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the rest may change with any deploy: revalidate (a 304) on every visit. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built client and answers every non-API path with index.html, so links such as
 * /join/ABC234 open the app. The API's 404s stay JSON. The build wrote `.br` and `.gz` twins
 * of every text file (vite.config.ts); they are sent as they are to browsers that accept them.
 */
export default fp(
  async function clientFilesPlugin(app: FastifyInstance, opts: { root: string }) {
    const index = join(opts.root, 'index.html');
    if (!existsSync(index)) {
      app.log.warn(`no built client at ${opts.root}: run "npm run build"`);
      return;
    }
    await app.register(fastifyStatic, {
      root: opts.root,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The compressed twins are found through preCompressed, not requested by name.
      globIgnore: ['**/*.br', '**/*.gz'],
      // `send` would add its own `public, max-age=0`; setHeaders decides instead.
      cacheControl: false,
      setHeaders: (reply: FastifyReply, path: string) => {
        const hashed = relative(opts.root, path).startsWith(`assets${sep}`);
        reply.header('cache-control', hashed ? IMMUTABLE : REVALIDATE);
      },
    });
    const spa = (_req: unknown, reply: FastifyReply) => reply.sendFile('index.html');
    app.get('/', spa);
    for (const prefix of ['/join', '/e', '/admin', '/screen']) {
      app.get(`${prefix}`, spa);
      app.get(`${prefix}/*`, spa);
    }
  },
  { name: 'client-files', dependencies: ['errors'] },
);
