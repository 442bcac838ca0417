import type { RenewedAdminLink } from '../../../shared/schemas/event';
import { request } from './http';

/** A new admin token for the event; the one sent stops working. From the set-up page only. */
export const renewAdminLink = (eventId: string, token: string) =>
  request<RenewedAdminLink>('POST', `/api/events/${encodeURIComponent(eventId)}/admin-link/renew`, {
    token,
  });
