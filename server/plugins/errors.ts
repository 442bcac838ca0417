import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody } from '../../shared/schemas/common';
import { HttpError } from '../http-error';

/** Every error leaves as an ErrorBody with a known code; internals never reach the client. */
export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    app.setErrorHandler((err: FastifyError, request, reply) => {
      let body: ErrorBody;
      if (err instanceof HttpError) {
        body = { statusCode: err.statusCode, code: err.code, message: err.message };
        if (err.retryAfter !== undefined) reply.header('retry-after', String(err.retryAfter));
      } else if (err.validation) {
        body = { statusCode: 400, code: 'bad_request', message: err.message };
      } else if (err.statusCode === 429) {
        body = { statusCode: 429, code: 'rate_limited', message: 'Too many requests, slow down' };
      } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
        // Fastify's own client errors: malformed JSON, wrong content type, body too large.
        body = { statusCode: err.statusCode, code: 'bad_request', message: err.message };
      } else {
        request.log.error({ err }, 'unhandled error');
        body = { statusCode: 500, code: 'internal', message: 'Something went wrong on our side' };
      }
      return reply.status(body.statusCode).send(body);
    });

    app.setNotFoundHandler((request, reply) => {
      const body: ErrorBody = {
        statusCode: 404,
        code: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
      };
      return reply.status(404).send(body);
    });
  },
  { name: 'errors' },
);
