import { putStar } from '../../api/stars';
import type { EventSession } from '../../session/event-session';
import { readToken } from '../../stores/tokens';
import { showError } from '../../stores/toasts';

/**
 * Starring, shown at once and confirmed by the server; a refusal puts the star back as it was.
 * My other devices hear of it through `star:changed`.
 */
export function createStarAction(session: EventSession) {
  const starred = (proposalId: string) => session.me.starred.includes(proposalId);
  return {
    starred,
    async toggle(proposalId: string): Promise<void> {
      const token = readToken('participant', session.eventId);
      if (!token) return;
      const want = !starred(proposalId);
      session.setStar(proposalId, want);
      try {
        const result = await putStar(session.eventId, token, proposalId, want);
        session.setStar(proposalId, result.starred);
      } catch (err) {
        session.setStar(proposalId, !want);
        showError(err);
      }
    },
  };
}
