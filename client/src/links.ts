/** The app's shareable addresses, in one place. */

const absolute = (path: string) => new URL(path, location.origin).href;

export const joinPath = (joinCode: string) => `/join/${joinCode}`;
export const joinUrl = (joinCode: string) => absolute(joinPath(joinCode));
export const eventPath = (eventId: string) => `/e/${eventId}`;
/** The token rides in the fragment, which browsers never send to the server or its logs. */
export const adminPath = (eventId: string, adminToken: string) => `/admin/${eventId}#${adminToken}`;
export const adminUrl = (eventId: string, adminToken: string) =>
  absolute(adminPath(eventId, adminToken));
export const screenUrl = (joinCode: string) => absolute(`/screen/${joinCode}`);
