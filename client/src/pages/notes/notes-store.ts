import { createStore, produce, reconcile } from 'solid-js/store';
import type { Note } from '../../../../shared/schemas/note';

/** A session's notes in the order they were written, as the server lists them. */
export function createNotesStore() {
  const [notes, setNotes] = createStore<Note[]>([]);
  return {
    notes,
    load: (list: Note[]) => setNotes(reconcile(list, { key: 'id' })),
    /** A note written, edited or shown again: in place if known, else where its time puts it. */
    upsert(note: Note) {
      setNotes(
        produce((list) => {
          const at = list.findIndex((n) => n.id === note.id);
          if (at >= 0) return void (list[at] = note);
          const later = list.findIndex((n) => n.createdAt > note.createdAt);
          list.splice(later < 0 ? list.length : later, 0, note);
        }),
      );
    },
    remove: (noteId: string) => setNotes((list) => list.filter((n) => n.id !== noteId)),
  };
}

export type NotesStore = ReturnType<typeof createNotesStore>;
