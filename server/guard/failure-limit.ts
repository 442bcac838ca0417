import { HttpError } from '../http-error';
import { clientKey } from './client-address';
import type { Bucket } from './limits';

/** One client's failures of one kind. */
export interface FailureGate {
  /** Throws 429 `rate_limited` (with Retry-After) while the client has none left. */
  check(): void;
  /** Counts one failure. */
  count(): void;
}

/** Clients remembered at most; past that the longest quiet is forgotten, which only forgives it. */
const MAX_CLIENTS = 10_000;

/**
 * Counts failures (not requests) per client address in token buckets: `burst` at once, then
 * `perMinute`. Only clients with failures still counting are kept, so guessing from many
 * addresses costs at most MAX_CLIENTS small entries.
 */
export function createFailureLimit(bucket: Bucket, now: () => number, what: string) {
  const perMs = bucket.perMinute / 60_000;
  const spent = new Map<string, { count: number; at: number }>();

  const spentBy = (key: string, t: number) => {
    const s = spent.get(key);
    if (!s) return 0;
    const left = s.count - Math.max(0, t - s.at) * perMs;
    if (left > 0) return left;
    spent.delete(key);
    return 0;
  };

  return {
    at(address: string): FailureGate {
      const key = clientKey(address);
      return {
        check() {
          const over = spentBy(key, now()) + 1 - bucket.burst;
          if (over <= 0) return;
          const seconds = Math.ceil(over / perMs / 1000);
          throw new HttpError(429, 'rate_limited', `Too many ${what}: wait ${seconds} s`, seconds);
        },
        count() {
          const t = now();
          const count = spentBy(key, t) + 1;
          // Re-inserted, so the Map's order is least recently failed first.
          spent.delete(key);
          spent.set(key, { count, at: t });
          if (spent.size > MAX_CLIENTS) spent.delete(spent.keys().next().value!);
        },
      };
    },
  };
}

export type FailureLimit = ReturnType<typeof createFailureLimit>;
