import { forgetToken, storedKeys, type Kind } from './tokens';

/**
 * What the home page needs to lead back to an event whose key this device keeps: its name and
 * date, and when it was last opened here. Keys saved before this list existed have no entry;
 * they are listed without a name until their event is opened again.
 */
interface Seen {
  name: string;
  date: string | null;
  /** Epoch ms of the last create, join or visit on this device. */
  at: number;
}

export interface MyEvent extends Partial<Seen> {
  eventId: string;
  kind: Kind;
}

const STORE_KEY = 'knyta:seen';
const entryKey = (kind: Kind, eventId: string) => `${kind}:${eventId}`;

function readAll(): Record<string, Seen> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Seen>) : {};
  } catch {
    return {};
  }
}

function writeAll(all: Record<string, Seen>): void {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(all));
  } catch {
    // Without storage the keys themselves live for this tab only; so does this list.
  }
}

/** Notes that this device created, joined or opened the event, now. */
export function rememberEvent(
  kind: Kind,
  eventId: string,
  event: { name: string; date: string | null },
  now = Date.now(),
): void {
  const all = readAll();
  all[entryKey(kind, eventId)] = { name: event.name, date: event.date, at: now };
  writeAll(all);
}

/** Every event this device holds a key for, the most recently opened first. */
export function listMyEvents(): MyEvent[] {
  const all = readAll();
  return storedKeys()
    .map(({ kind, eventId }) => ({ kind, eventId, ...all[entryKey(kind, eventId)] }))
    .sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
}

/** Drops the key and the entry: this device can no longer open the event as that person. */
export function forgetEvent(kind: Kind, eventId: string): void {
  forgetToken(kind, eventId);
  const all = readAll();
  delete all[entryKey(kind, eventId)];
  writeAll(all);
}
