import type { IncomingHttpHeaders } from 'node:http';
import { etagMatches } from './negotiate';

/** What identifies one version of a file: its ETag and its Last-Modified date. */
export interface Validators {
  etag: string;
  lastModified: string;
}

export type ConditionalAnswer = 'send' | 'not-modified' | 'precondition-failed';

/**
 * How to answer a GET of a file with these validators, by the request's conditions, in the
 * order of RFC 9110 §13.2.2, as @fastify/send answered: If-Match (compared weakly, since every
 * ETag here is weak) or else If-Unmodified-Since may fail it (412); a reload (Cache-Control:
 * no-cache) always gets the file; If-None-Match decides a 304 alone, If-Modified-Since without it.
 * A date that does not parse compares false either way (NaN), so it is as if it were not there.
 */
export function conditionalAnswer(headers: IncomingHttpHeaders, v: Validators): ConditionalAnswer {
  const modified = Date.parse(v.lastModified);
  const ifMatch = headers['if-match'];
  const failed = ifMatch
    ? !etagMatches(ifMatch, v.etag)
    : modified > dateOf(headers['if-unmodified-since']);
  if (failed) return 'precondition-failed';
  if (headers['cache-control']?.includes('no-cache')) return 'send';
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) return etagMatches(ifNoneMatch, v.etag) ? 'not-modified' : 'send';
  return modified <= dateOf(headers['if-modified-since']) ? 'not-modified' : 'send';
}

/**
 * Whether a Range still applies (RFC 9110 §13.1.5): with If-Range, only to the version it names,
 * by ETag or by date; a stale one gets the whole file.
 */
export function rangeApplies(headers: IncomingHttpHeaders, v: Validators): boolean {
  // Node joins a repeated header into one string; only Set-Cookie comes as an array.
  const ifRange = headers['if-range'] as string | undefined;
  if (ifRange === undefined) return true;
  if (ifRange.includes('"')) return ifRange.includes(v.etag);
  return Date.parse(v.lastModified) <= dateOf(ifRange);
}

const dateOf = (header: string | undefined) => (header === undefined ? NaN : Date.parse(header));
