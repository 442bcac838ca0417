import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { pickEncoding, type Coding } from '../http/negotiate';

/** API replies of 1 KB and more leave brotli- or gzip-compressed when the client accepts it. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Replies up to this size are compressed right here, synchronously: at most about a millisecond
 * (brotli 4 takes 1 ms on 23 KB of JSON), and no hop to another thread and back. Larger ones (an
 * export of a big event, ~100 KB: some 3 ms) go to libuv's thread pool, so that the event loop
 * keeps serving votes and sockets meanwhile.
 */
const ON_THREAD_POOL_FROM = 32 * 1024;

// Per-request cost matters more than the last percent: on 23 KB of JSON brotli 4 compresses to
// 7.7 KB, gzip 6 (0.6 ms) to 7.7 KB too; brotli 11 would take 50 ms.
// (The snapshot, the one big reply phones fetch, compresses its cached body itself.)
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
const GZIP = { level: 6 };
const CODINGS: readonly Coding[] = ['br', 'gzip'];

type Body = string | Buffer;
type Done = (err: Error | null, body?: Buffer) => void;
const compressNow = {
  br: (b: Body) => brotliCompressSync(b, BROTLI),
  gzip: (b: Body) => gzipSync(b, GZIP),
};
const compressOnPool = {
  br: (b: Body, done: Done) => brotliCompress(b, BROTLI, done),
  gzip: (b: Body, done: Done) => gzip(b, GZIP, done),
};

/** Text, JSON and XML; the API sends JSON and CSV. An event stream must flow as it is. */
const COMPRESSIBLE = /^text\/(?!event-stream)|[/+](?:json|xml)\b/;

/**
 * Compresses the API's replies, per reply, in an onSend hook on the API's routes only: the
 * client's files are not touched here (the build compressed them once at the best quality and
 * client-files.ts sends those twins), nor is Socket.IO, which is no Fastify route. A reply that
 * already carries a Content-Encoding (a route that compressed its own body) is left alone.
 * Requests are not inflated: a compressed body reaches the JSON parser as it is and is refused
 * (400). Our own hook instead of @fastify/compress, whose minipass and readable-stream (with
 * its own buffer, events and process) the server loaded for this alone.
 */
export default fp(
  async function compressionPlugin(app: FastifyInstance) {
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) return;
      const own = route.onSend ?? [];
      route.onSend = [...(Array.isArray(own) ? own : [own]), compressReply];
    });
  },
  { name: 'compression' },
);

function compressReply(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (err: Error | null, payload?: unknown) => void,
) {
  // Serialized by now: a string or a Buffer. No API route sends a stream; null is an empty reply.
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
  const size = Buffer.byteLength(payload);
  if (size < COMPRESS_THRESHOLD || reply.hasHeader('content-encoding')) return done(null, payload);
  if (!COMPRESSIBLE.test(String(reply.getHeader('content-type')))) return done(null, payload);
  // Raw or compressed, this reply depends on Accept-Encoding: a cache between must know.
  const vary = reply.getHeader('vary');
  if (!/accept-encoding/i.test(String(vary ?? ''))) {
    reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
  }
  const coding = pickEncoding(request.headers['accept-encoding'], CODINGS);
  if (!coding) return done(null, payload);
  reply.header('content-encoding', coding);
  // Fastify sets Content-Length from the compressed body.
  if (size < ON_THREAD_POOL_FROM) return done(null, compressNow[coding](payload));
  compressOnPool[coding](payload, done);
}
