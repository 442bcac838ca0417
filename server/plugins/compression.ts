import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { constants } from 'node:zlib';

/** API replies of 1 KB and more leave brotli- or gzip-compressed when the client accepts it. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Compresses the API's replies, per reply. The client's files are not touched here: the build
 * compressed them once at the best quality and client-files.ts sends those twins. A reply that
 * already carries a Content-Encoding (a route that compressed its own body) is left alone by
 * @fastify/compress.
 */
export default fp(
  async function compressionPlugin(app: FastifyInstance) {
    // Runs before @fastify/compress's own onRoute hook, which reads the flag.
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) route.compress ??= false;
    });
    await app.register(fastifyCompress, {
      global: true,
      threshold: COMPRESS_THRESHOLD,
      encodings: ['br', 'gzip'],
      // Per-request cost matters more than the last percent: on 23 KB of JSON brotli 4 takes
      // about 1 ms (to 7.7 KB) and gzip 6 about 0.6 ms (7.7 KB); brotli 11 would take 50 ms.
      // (The snapshot, the one big reply phones fetch, compresses its cached body itself.)
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
      zlibOptions: { level: 6 },
      // The API takes small JSON bodies only; compressed uploads are refused, not inflated.
      globalDecompression: false,
    });
  },
  { name: 'compression' },
);
