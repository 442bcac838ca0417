/** Socket.IO room names. Admins and everybody else are apart so blind tallies can differ. */
export const adminRoom = (eventId: string) => `event:${eventId}:admins`;
export const publicRoom = (eventId: string) => `event:${eventId}:public`;
export const participantRoom = (participantId: string) => `participant:${participantId}`;
