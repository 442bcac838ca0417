import { randomBytes, randomInt } from 'node:crypto';

/** Time comes from outside so the domain stays pure and tests can set it. */
export interface Clock {
  now(): number;
}

/** Identifiers and secrets come from outside for the same reason. */
export interface IdSource {
  id(): string;
  /** At least 128 bits of randomness, URL-safe. */
  token(): string;
  joinCodeInts(): number[];
}

export const systemClock: Clock = { now: () => Date.now() };

export const randomIds: IdSource = {
  id: () => randomBytes(12).toString('base64url'),
  token: () => randomBytes(24).toString('base64url'),
  joinCodeInts: () => Array.from({ length: 6 }, () => randomInt(0, 1 << 30)),
};
