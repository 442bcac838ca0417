/** At most `max` requests per key in each window of `windowMs` (@fastify/rate-limit). */
export interface Window {
  max: number;
  windowMs: number;
}

/** A token bucket: `burst` at once, then `perMinute` more each minute. */
export interface Bucket {
  burst: number;
  perMinute: number;
}

/** Every rate limit of the app; docs/security.md explains each number. */
export interface Limits {
  /** Writes (POST, PUT, PATCH, DELETE on an event) per token, successes and failures alike. */
  writes: Window;
  /** Schedule suggestions per token: each one keeps the one solver thread busy up to 10 s. */
  suggestions: Window;
  /** New events per client address. */
  events: Window;
  /** Unknown join codes per client address (found ones are never counted). */
  joinCodeFailures: Bucket;
  /** Unknown tokens per client address (known ones are never counted). */
  tokenFailures: Bucket;
}

/**
 * Sized for a venue: 2,000 phones behind one address join, read and vote without ever meeting
 * a limit (nothing successful is counted by address, except creating events), a fast thumb
 * (10 taps a second) never meets its token's limit, and a script may still set up a whole day
 * (rooms, slots, 120 sessions placed) in one go.
 */
export const LIMITS: Limits = {
  writes: { max: 300, windowMs: 30_000 },
  suggestions: { max: 10, windowMs: 60_000 },
  events: { max: 30, windowMs: 10 * 60_000 },
  joinCodeFailures: { burst: 60, perMinute: 30 },
  tokenFailures: { burst: 60, perMinute: 30 },
};
