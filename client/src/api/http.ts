import { ERROR_CODES, type ErrorCode } from '../../../shared/errors';

/** The server's codes, plus the one only a client can observe: the request never got an answer. */
export type ClientErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    /** Seconds the server asked us to wait (Retry-After of a 429), if it said. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// Conference Wi-Fi can swallow a request without failing it; give up rather than hang the UI.
const TIMEOUT_MS = 15_000;

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  /** A body sent as it is, e.g. a CSV file, instead of `body` as JSON. */
  text?: { type: string; content: string };
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.text) headers['content-type'] = opts.text.type;
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const body =
    opts.text?.content ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  const res = await send(path, { method, headers, body });
  if (res.status === 204) return undefined as T;
  const answer: unknown = await res.json().catch(() => null);
  if (!res.ok) throw errorFrom(res.status, answer, res.headers.get('retry-after'));
  return answer as T;
}

/** A fetch that fails as an ApiError ('network') and gives up after TIMEOUT_MS. */
export async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'Network error');
  }
}

export function errorFrom(status: number, body: unknown, retryAfter: string | null): ApiError {
  if (body && typeof body === 'object' && 'code' in body) {
    const { code, message } = body as { code: unknown; message?: unknown };
    if (ERROR_CODES.includes(code as ErrorCode)) {
      const seconds = Number(retryAfter);
      const wait = retryAfter && Number.isInteger(seconds) && seconds > 0 ? seconds : null;
      return new ApiError(status, code as ErrorCode, String(message ?? code), wait);
    }
  }
  // A proxy or a captive portal answered instead of our server.
  return new ApiError(status, status >= 500 ? 'internal' : 'bad_request', `HTTP ${status}`);
}

export const isApiError = (err: unknown): err is ApiError => err instanceof ApiError;

/** Any failure as an ApiError: what the page shows and decides on. */
export const toApiError = (err: unknown): ApiError =>
  isApiError(err) ? err : new ApiError(0, 'internal', String(err));
