import { createHmac } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { requestOrigin } from '../http/request-origin';
import type { FeedAt } from '../repos/snapshot';
import { bearerToken, hashToken } from './tokens';

/**
 * The token in a participant's calendar feed URL. It is derived from their own token, not drawn
 * at random and kept: tokens are stored only as hashes, yet every snapshot must name the same
 * URL again, and the phone sends its token with each snapshot request. An HMAC cannot be turned
 * back into the token it came from, so the URL, pasted into a calendar app, reads that feed and
 * nothing else. `epoch` counts the participant's requests for a new URL: each gives another
 * token, and the one before stops working. Epoch 0 keeps the URLs named before epochs existed.
 */
export function feedTokenOf(participantToken: string, epoch = 0): string {
  return createHmac('sha256', participantToken)
    .update(epoch === 0 ? 'knyta:calendar-feed' : `knyta:calendar-feed:${epoch}`)
    .digest('base64url')
    .slice(0, 32);
}

/** Where a participant's feed is served: the route and the URL in the snapshot agree on it. */
export const feedPath = (eventId: string, feedToken: string) =>
  `/api/events/${encodeURIComponent(eventId)}/calendars/${feedToken}.ics`;

/**
 * The calendar feed of the participant whose token this request carries, at an epoch. Nothing
 * is read until it is asked for: most snapshot reads never show the feed.
 */
export function participantFeed(request: FastifyRequest, eventId: string): FeedAt {
  return (epoch) => {
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new Error('a participant request carries a token');
    const origin = requestOrigin(request);
    const feedToken = feedTokenOf(token, epoch);
    return {
      tokenHash: hashToken(feedToken),
      url: origin && `${origin}${feedPath(eventId, feedToken)}`,
    };
  };
}
