import type { ErrorCode } from '../shared/errors';

/** The only error a route throws on purpose; the error handler turns it into an ErrorBody. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 412 | 416 | 429 | 503,
    readonly code: ErrorCode,
    message: string,
    /** With 429: seconds until trying again makes sense, sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
