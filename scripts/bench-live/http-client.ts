/**
 * A small HTTP client over a pool of keep-alive connections: undici's Pool, which costs the
 * bench's core about a third of what node:http's Agent and ClientRequest do per request.
 */
import { Pool } from 'undici';
import { gunzipSync } from 'node:zlib';

export interface HttpAnswer {
  status: number;
  /** Bytes of the body as it came over the wire (compressed if the server compressed it). */
  wireBytes: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text, unzipped on demand (a read-only load does not pay for it). */
  text(): string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** `gzip` sends accept-encoding as browsers do; `identity` asks for none. */
  encoding?: 'gzip' | 'identity';
  timeoutMs?: number;
}

export type HttpClient = ReturnType<typeof createHttpClient>;

export function createHttpClient(baseUrl: string, connections: number) {
  const pool = new Pool(new URL(baseUrl).origin, { connections, pipelining: 1 });

  async function send(
    method: string,
    path: string,
    opts: RequestOptions = {},
  ): Promise<HttpAnswer> {
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.encoding) headers['accept-encoding'] = opts.encoding;
    const timeout = opts.timeoutMs ?? 30_000;
    const res = await pool.request({
      method: method as 'GET',
      path,
      headers,
      body: payload,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    const raw = Buffer.from(await res.body.arrayBuffer());
    const gzipped = res.headers['content-encoding'] === 'gzip';
    return {
      status: res.statusCode,
      wireBytes: raw.length,
      headers: res.headers,
      text: () => (gzipped ? gunzipSync(raw) : raw).toString('utf8'),
    };
  }

  /**
   * Sends and parses JSON; anything but 2xx throws with the status and the error code. A GET
   * is tried again when a kept-alive connection was closed under it (a harmless race).
   */
  async function json<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    let answer: HttpAnswer;
    for (let attempt = 0; ; attempt++) {
      try {
        answer = await send(method, path, opts);
        break;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const reset = code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET';
        if (method !== 'GET' || !reset || attempt >= 2) throw err;
      }
    }
    if (answer.status < 200 || answer.status > 299) throw new HttpFailure(answer);
    return JSON.parse(answer.text()) as T;
  }

  /** Aborts whatever is unfinished, queued requests too, and closes the connections. */
  function close() {
    void pool.destroy(new Error('aborted'));
  }

  return { send, json, close };
}

export class HttpFailure extends Error {
  readonly status: number;
  readonly code: string;
  constructor(readonly answer: HttpAnswer) {
    const code = errorCode(answer);
    super(`HTTP ${answer.status} ${code}`);
    this.status = answer.status;
    this.code = code;
  }
}

/** "409 budget_exceeded", or the status alone when the body has no code. */
export function errorKey(answer: HttpAnswer): string {
  return `${answer.status} ${errorCode(answer)}`.trim();
}

function errorCode(answer: HttpAnswer): string {
  try {
    const body = JSON.parse(answer.text()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : '';
  } catch {
    return '';
  }
}
