import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { IncomingMessage } from 'node:http';
import { bearerToken, hashToken } from '../auth/tokens';
import { clientAddress, clientKey, trustFunction, type TrustProxy } from '../guard/client-address';
import { createFailureLimit, type FailureLimit } from '../guard/failure-limit';
import { LIMITS, type Limits, type Window } from '../guard/limits';
import { HttpError } from '../http-error';

declare module 'fastify' {
  interface FastifyInstance {
    /** Failures counted per client address: unknown join codes, unknown tokens. */
    failures: { joinCodes: FailureLimit; tokens: FailureLimit };
    /** The client's address of a request Fastify did not parse (a Socket.IO handshake). */
    addressOf(req: IncomingMessage): string;
  }
}

export interface RateLimitOptions {
  limits?: Partial<Limits>;
  trustProxy: TrustProxy;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Keys remembered per limit; past that the least recent is forgotten (which only forgives). */
const CACHE = 10_000;

/**
 * A write's key: its token (hashed, as everywhere the server keeps one), or for a write
 * without one (refused anyway) its client's address.
 */
const tokenKey = (request: FastifyRequest) => {
  const token = bearerToken(request.headers.authorization);
  return token === null ? `address ${clientKey(request.ip)}` : hashToken(token);
};

/**
 * The rate limits (numbers in guard/limits.ts). Writes are counted per token, creating events
 * per client address; by address otherwise only failures count (unknown join codes and
 * tokens), so that a venue's 2,000 phones behind one address never meet a limit by doing what
 * they came for. Every refusal is 429 `rate_limited` with Retry-After.
 */
export default fp(
  async function rateLimitsPlugin(app: FastifyInstance, opts: RateLimitOptions) {
    const limits: Limits = { ...LIMITS, ...opts.limits };
    const trust = trustFunction(opts.trustProxy);
    app.decorate('addressOf', (req: IncomingMessage) => clientAddress(req, trust));
    const now = () => app.clock.now();
    app.decorate('failures', {
      joinCodes: createFailureLimit(limits.joinCodeFailures, now, 'unknown join codes'),
      tokens: createFailureLimit(limits.tokenFailures, now, 'unknown tokens'),
    });

    await app.register(rateLimit, {
      global: false,
      keyGenerator: (request) => clientKey(request.ip),
      // No counters on a vote's answer; a refusal's Retry-After comes from its HttpError.
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
      addHeaders: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
        'retry-after': false,
      },
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
        return new HttpError(429, 'rate_limited', `Too many requests: wait ${seconds} s`, seconds);
      },
    });
    const limiter = (window: Window, keyGenerator?: (request: FastifyRequest) => string) =>
      app.rateLimit({
        max: window.max,
        timeWindow: window.windowMs,
        cache: CACHE,
        ...(keyGenerator ? { keyGenerator } : {}),
      });
    const perToken = limiter(limits.writes, tokenKey);
    const suggestions = limiter(limits.suggestions, tokenKey);
    const events = limiter(limits.events);

    const limitOf = (route: RouteOptions) => {
      const method = String(route.method);
      // An import creates an event too, and shares the address's count with creating one.
      if (
        method === 'POST' &&
        (route.url === '/api/events' || route.url.startsWith('/api/events/import'))
      ) {
        return events;
      }
      if (!WRITES.has(method) || !route.url.startsWith('/api/events/:eventId')) return null;
      return route.url.endsWith('/schedule/suggest') ? suggestions : perToken;
    };
    // First of the route's hooks: a refused request costs no parsing and no lookup.
    app.addHook('onRoute', (route) => {
      const limit = limitOf(route);
      if (!limit) return;
      const own = route.onRequest ? [route.onRequest].flat() : [];
      route.onRequest = [limit as (typeof own)[number], ...own];
    });
  },
  { name: 'rate-limits', dependencies: ['errors', 'db'] },
);
