/**
 * The device's keys: a participant token and, for facilitators, an admin token, per event.
 * Storage can be unavailable (private mode, full disk); then the key lives for this tab only.
 */
export type Kind = 'participant' | 'admin';

const memory = new Map<string, string>();
const keyOf = (kind: Kind, eventId: string) => `knyta:${kind}:${eventId}`;

export function readToken(kind: Kind, eventId: string): string | null {
  const key = keyOf(kind, eventId);
  try {
    return localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

export function saveToken(kind: Kind, eventId: string, token: string): void {
  const key = keyOf(kind, eventId);
  memory.set(key, token);
  try {
    localStorage.setItem(key, token);
  } catch {
    // The in-memory copy keeps this tab working.
  }
}

export function forgetToken(kind: Kind, eventId: string): void {
  const key = keyOf(kind, eventId);
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

const KEY = /^knyta:(participant|admin):(.+)$/;

/** Every key this device holds: which events, and as whom. */
export function storedKeys(): { kind: Kind; eventId: string }[] {
  const keys = new Set(memory.keys());
  try {
    for (let i = 0; i < localStorage.length; i++) keys.add(localStorage.key(i) ?? '');
  } catch {
    // Only this tab's keys, then.
  }
  return [...keys].flatMap((key) => {
    const m = KEY.exec(key);
    return m ? [{ kind: m[1] as Kind, eventId: m[2]! }] : [];
  });
}
