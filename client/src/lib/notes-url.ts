/** A session's notes page: the path the app routes, and where a QR code to it leads. */
export const notesPath = (joinCode: string, sessionId: string) =>
  `/notes/${encodeURIComponent(joinCode)}/${encodeURIComponent(sessionId)}`;

/**
 * Absolute, from the page's own origin, because a phone's camera has no page to resolve it
 * against (the door sheets' and the notes page's QR codes).
 */
export const notesUrl = (joinCode: string, sessionId: string) =>
  new URL(notesPath(joinCode, sessionId), location.origin).href;
