import { VERSIONED_FACTS } from '../../shared/events';
import { RawFrame, scanFacts } from './lean-parser';

/** Reading the live protocol: `facts` frames whose one argument is `[name, payload][]`. */
export interface Fact {
  name: string;
  payload: unknown;
}

const VERSIONED: ReadonlySet<string> = new Set(VERSIONED_FACTS);

/** The facts one received Socket.IO event carries (none unless it is a `facts` frame). */
export function factsOf(eventName: string, args: unknown[]): Fact[] {
  if (eventName !== 'facts') return [];
  if (args[0] instanceof RawFrame) return scanFacts(args[0].text);
  if (!Array.isArray(args[0])) return [];
  const facts: Fact[] = [];
  for (const pair of args[0] as unknown[]) {
    if (Array.isArray(pair) && typeof pair[0] === 'string') {
      facts.push({ name: pair[0], payload: pair[1] });
    }
  }
  return facts;
}

/**
 * The event version of a fact in the versioned stream every viewer gets, or null. A voter's
 * own `vote:changed` carries a version too, but travels in another audience's frames, so it
 * may arrive before the public tally of the same change: it is not part of the stream.
 */
export function versionOf(fact: Fact): number | null {
  if (!VERSIONED.has(fact.name)) return null;
  const version = (fact.payload as { version?: unknown } | null)?.version;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}
