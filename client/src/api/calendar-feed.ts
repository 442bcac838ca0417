import type { RenewedFeed } from '../../../shared/schemas/participant';
import { request } from './http';

/** A new URL for my own calendar feed; the one before stops working. From My day's chunk only. */
export const renewCalendarFeed = (eventId: string, token: string) =>
  request<RenewedFeed>('POST', `/api/events/${encodeURIComponent(eventId)}/calendars/renew`, {
    token,
  });
