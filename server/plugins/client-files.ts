import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { catalog, type ClientFile } from '../client-files/catalog';
import { listFiles } from '../client-files/list-files';
import { sendClientFile } from '../client-files/send-client-file';

/** The app's own pages: each answers with index.html, so links such as /join/ABC234 open it. */
const APP_ROUTES = [
  '/',
  '/join',
  '/join/*',
  '/e',
  '/e/*',
  '/admin',
  '/admin/*',
  '/screen',
  '/screen/*',
  '/proceedings/*',
  '/doors/*',
  '/notes/*',
];

/**
 * Serves the built client. The build does not change while the server runs, so its files are
 * listed once, at start: one route per file, and no path from a request ever reaches the file
 * system (nothing outside the list can be asked for). Every other path, the API's included,
 * gets the errors plugin's JSON 404. The build wrote `.br` and `.gz` twins of every text file
 * (vite.config.ts); they are sent as they are to browsers that accept them. This replaces
 * @fastify/static, whose glob, send and mime (with its table of types) the server loaded for
 * this alone (docs/BENCHMARKS.md, Memory).
 */
export default fp(
  async function clientFilesPlugin(app: FastifyInstance, opts: { root: string }) {
    if (!existsSync(join(opts.root, 'index.html'))) {
      app.log.warn(`no built client at ${opts.root}: run "npm run build"`);
      return;
    }
    const { files, skipped } = catalog(opts.root, listFiles(opts.root));
    for (const name of skipped)
      app.log.warn(`client file not served, its name needs escaping: ${name}`);

    const serve = (url: string, file: ClientFile) =>
      app.route({
        method: ['GET', 'HEAD'],
        url,
        handler: (request, reply) => sendClientFile(request, reply, file),
      });
    for (const [url, file] of files) serve(url, file);
    const index = files.get('/index.html')!;
    for (const url of APP_ROUTES) serve(url, index);
  },
  { name: 'client-files', dependencies: ['errors'] },
);
