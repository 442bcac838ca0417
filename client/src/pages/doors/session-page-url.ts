import { sessionAnchor } from '../../../../shared/proceedings';

/**
 * Where a session's QR code on a door sheet leads. Notes per session (issue 10 §1) do not exist
 * yet; until they do, the code opens the session's place on the proceedings page, where its
 * notes will show. When §1 lands, this target becomes the session's notes. Absolute, from the
 * page's own origin, because a phone's camera has no page to resolve it against.
 */
export function sessionPageUrl(joinCode: string, sessionId: string): string {
  const path = `/proceedings/${encodeURIComponent(joinCode)}#${sessionAnchor(sessionId)}`;
  return new URL(path, location.origin).href;
}
