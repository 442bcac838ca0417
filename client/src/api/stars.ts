import type { StarResult } from '../../../shared/schemas/proposal';
import { request } from './http';

/**
 * Stars are set only once the agenda is out, from the agenda's own chunk: kept out of
 * endpoints.ts, which every phone loads first.
 */
export const putStar = (eventId: string, token: string, proposalId: string, starred: boolean) =>
  request<StarResult>(
    'PUT',
    `/api/events/${encodeURIComponent(eventId)}/proposals/${encodeURIComponent(proposalId)}/star`,
    { token, body: { starred } },
  );
