import type { Format } from '../../../shared/formats';

/** A pitch being written, as typed: it survives a reload, a crash or a locked phone. */
export interface PitchDraft {
  title: string;
  description: string;
  hosts: string;
  format: Format;
}

const keyOf = (eventId: string) => `knyta:draft:${eventId}`;

export function readDraft(eventId: string): PitchDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(eventId));
    const draft: unknown = raw ? JSON.parse(raw) : null;
    if (!draft || typeof draft !== 'object') return null;
    const d = draft as Partial<PitchDraft>;
    if (typeof d.title !== 'string' || typeof d.description !== 'string') return null;
    return {
      title: d.title,
      description: d.description,
      hosts: typeof d.hosts === 'string' ? d.hosts : '',
      format: d.format ?? 'discussion',
    };
  } catch {
    // Unreadable or no storage: start from an empty form.
    return null;
  }
}

/** Keeps the draft while it says something; an empty form leaves nothing behind. */
export function saveDraft(eventId: string, draft: PitchDraft): void {
  try {
    if (draft.title.trim() === '' && draft.description.trim() === '') {
      localStorage.removeItem(keyOf(eventId));
    } else {
      localStorage.setItem(keyOf(eventId), JSON.stringify(draft));
    }
  } catch {
    // Full or private storage: the draft lives as long as the page.
  }
}

export function clearDraft(eventId: string): void {
  try {
    localStorage.removeItem(keyOf(eventId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
