import type { BrowserContext } from 'playwright-core';

/**
 * A participant's token on the device before any page of the context loads, as joining leaves
 * it: the phone goes straight to the event.
 */
export function keepParticipantToken(context: BrowserContext, eventId: string, token: string) {
  return context.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [`knyta:participant:${eventId}`, token],
  );
}
