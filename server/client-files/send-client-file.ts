import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http-error';
import { byteRangeOf } from '../http/byte-range';
import { conditionalAnswer, rangeApplies } from '../http/freshness';
import { pickEncoding } from '../http/negotiate';
import { IMMUTABLE, TWIN_SUFFIX, type ClientFile } from './catalog';

/**
 * Answers a GET or HEAD for one of the client's files, read from disk for each request: the
 * compressed twin the browser accepts, else the file itself; 304 when the browser's copy is
 * current; one byte range (206) when asked.
 */
export async function sendClientFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: ClientFile,
) {
  const coding = pickEncoding(request.headers['accept-encoding'], file.codings);
  const path = coding ? file.path + TWIN_SUFFIX[coding] : file.path;
  // Files are listed at start; one removed since (a build in place) is simply not there.
  const stats = await stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (!stats) return reply.callNotFound();

  // @fastify/send's ETag of the bytes sent (twin or file), so browsers' copies stay valid.
  const etag = `W/"${stats.size.toString(16)}-${stats.mtime.getTime().toString(16)}"`;
  const validators = { etag, lastModified: stats.mtime.toUTCString() };
  const answer = conditionalAnswer(request.headers, validators);
  if (answer === 'precondition-failed') {
    throw new HttpError(412, 'bad_request', 'Precondition Failed');
  }
  const range =
    answer === 'send' && rangeApplies(request.headers, validators)
      ? byteRangeOf(request.headers.range, stats.size)
      : undefined;
  if (range === 'unsatisfiable') throw new HttpError(416, 'bad_request', 'Range Not Satisfiable');

  reply.headers({
    'cache-control': file.cacheControl,
    etag,
    // Even the plain file: a shared cache must not give it to a browser that takes brotli.
    vary: 'accept-encoding',
  });
  // A hashed file never changes under its name, so browsers do not revalidate it while it is
  // fresh (a year), and a reload asks by ETag: its date and the advertising of byte ranges
  // (which still work) would be 70 bytes on each of the phone's first-load files for nothing.
  if (file.cacheControl !== IMMUTABLE) {
    reply.headers({ 'accept-ranges': 'bytes', 'last-modified': validators.lastModified });
  }
  if (answer === 'not-modified') return reply.code(304).send();

  reply.header('content-type', file.type);
  if (coding) reply.header('content-encoding', coding);
  if (range) {
    reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${stats.size}`);
  }
  reply.header('content-length', range ? range.end - range.start + 1 : stats.size);
  // HEAD: a GET's headers, and the file is not even opened.
  if (request.method === 'HEAD') return reply.send();
  return reply.send(createReadStream(path, range));
}
