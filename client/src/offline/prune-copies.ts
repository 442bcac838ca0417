import { copiesToDrop, type StoredCopy } from './copies-to-drop';
import { KEY_PREFIX } from './stored-snapshot';

/** Deletes the stored copies of other events that copies-to-drop.ts says to let go. */
export function pruneCopies(now: number): void {
  try {
    const copies: StoredCopy[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(KEY_PREFIX)) copies.push({ key, savedAt: savedAtOf(key) });
    }
    for (const key of copiesToDrop(copies, now)) localStorage.removeItem(key);
  } catch {
    // No storage: nothing was kept either.
  }
}

function savedAtOf(key: string): number {
  try {
    return Number(JSON.parse(localStorage.getItem(key)!).savedAt);
  } catch {
    return NaN;
  }
}
