import { FORMAT, type StoredSnapshot } from './stored-snapshot';

/**
 * A stored record, or null when it is not one this build wrote for this event: unparsable,
 * another format, another event's, or missing a part the stores need.
 */
export function parseStored(text: string | null, eventId: string): StoredSnapshot | null {
  try {
    const { v, savedAt, snapshot: s } = JSON.parse(text!);
    return v === FORMAT &&
      savedAt > 0 &&
      s.event.id === eventId &&
      Number.isInteger(s.version) &&
      [s.rooms, s.slots, s.proposals, s.placements].every(Array.isArray) &&
      (!s.me || (s.me.role === 'participant' && s.me.participant && s.me.votes))
      ? { savedAt, snapshot: s }
      : null;
  } catch {
    return null;
  }
}
