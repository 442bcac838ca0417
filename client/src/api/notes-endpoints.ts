import type { Note, NoteList, NotePatch } from '../../../shared/schemas/note';
import { request } from './http';

/** The notes API, apart from endpoints.ts so that only the pages that show notes load it. */

const notesOf = (eventId: string, proposalId: string) =>
  `/api/events/${encodeURIComponent(eventId)}/proposals/${encodeURIComponent(proposalId)}/notes`;

export const fetchNotes = (eventId: string, proposalId: string, token: string | null) =>
  request<NoteList>('GET', notesOf(eventId, proposalId), { token });

/** Every visible note of the event, for the proceedings. */
export const fetchEventNotes = (eventId: string) =>
  request<NoteList>('GET', `/api/events/${encodeURIComponent(eventId)}/notes`);

export const addNote = (eventId: string, proposalId: string, token: string, text: string) =>
  request<{ note: Note }>('POST', notesOf(eventId, proposalId), { token, body: { text } });

export const changeNote = (
  eventId: string,
  proposalId: string,
  token: string,
  noteId: string,
  body: NotePatch,
) =>
  request<{ note: Note }>(
    'PATCH',
    `${notesOf(eventId, proposalId)}/${encodeURIComponent(noteId)}`,
    { token, body },
  );
