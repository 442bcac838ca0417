import { createHmac } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { requestOrigin } from '../http/request-origin';
import type { ParticipantFeed } from '../repos/snapshot';
import { bearerToken, hashToken } from './tokens';

/**
 * The token in a participant's calendar feed URL. It is derived from their own token, not drawn
 * at random and kept: tokens are stored only as hashes, yet every snapshot must name the same
 * URL again, and the phone sends its token with each snapshot request. An HMAC cannot be turned
 * back into the token it came from, so the URL, pasted into a calendar app, reads that feed and
 * nothing else.
 */
export function feedTokenOf(participantToken: string): string {
  return createHmac('sha256', participantToken)
    .update('knyta:calendar-feed')
    .digest('base64url')
    .slice(0, 32);
}

/** Where a participant's feed is served: the route and the URL in the snapshot agree on it. */
export const feedPath = (eventId: string, feedToken: string) =>
  `/api/events/${encodeURIComponent(eventId)}/calendars/${feedToken}.ics`;

/** The calendar feed of the participant whose token this request carries. */
export function participantFeed(request: FastifyRequest, eventId: string): ParticipantFeed {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw new Error('a participant request carries a token');
  const feedToken = feedTokenOf(token);
  const origin = requestOrigin(request);
  return {
    tokenHash: hashToken(feedToken),
    url: origin && `${origin}${feedPath(eventId, feedToken)}`,
  };
}
