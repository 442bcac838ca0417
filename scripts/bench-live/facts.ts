/**
 * Reading the live protocol in either shape: one Socket.IO event per fact (`tally:changed`, …)
 * or coalesced `facts` frames whose one argument is `[name, payload][]` in version order.
 */
export interface Fact {
  name: string;
  payload: unknown;
}

/** The facts one received Socket.IO event carries. */
export function factsOf(eventName: string, args: unknown[]): Fact[] {
  if (eventName === 'facts' && Array.isArray(args[0])) {
    const facts: Fact[] = [];
    for (const pair of args[0] as unknown[]) {
      if (Array.isArray(pair) && typeof pair[0] === 'string') {
        facts.push({ name: pair[0], payload: pair[1] });
      }
    }
    return facts;
  }
  return [{ name: eventName, payload: args[0] }];
}

/** The event version a fact carries, or null for unversioned facts (ballots, history…). */
export function versionOf(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const version = (payload as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}
