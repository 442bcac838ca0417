import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq } from 'drizzle-orm';
import { agendaVisible } from '../../shared/phases';
import { errorResponses, EventParamsSchema } from '../../shared/schemas/common';
import {
  NoteInputSchema,
  NoteListSchema,
  NoteParamsSchema,
  NotePatchSchema,
  NoteResponseSchema,
} from '../../shared/schemas/note';
import { ProposalParamsSchema } from '../../shared/schemas/proposal';
import { requireAgendaReader } from '../auth/caller';
import { notes } from '../db/schema';
import { HttpError, notFound } from '../http-error';
import { textInput } from '../input';
import { bumpVersion, type EventRow } from '../repos/events-repo';
import { isPlacedSession, listEventNotes, listNotes, readNote } from '../repos/notes-repo';

const noteTextInput = (raw: string) => {
  const text = textInput('The note', raw);
  if (text === '') throw new HttpError(400, 'bad_request', 'The note is empty');
  return text;
};

/** Participants write notes only on the published agenda; facilitators may always act. */
function requireNotesOpen(event: EventRow, role: 'admin' | 'participant') {
  if (role === 'participant' && !agendaVisible(event.phase, role)) {
    throw new HttpError(409, 'phase_closed', 'Notes open once the agenda is published');
  }
}

export const noteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const sessionOf = (eventId: string, proposalId: string) => {
    if (!isPlacedSession(app.db, eventId, proposalId)) throw notFound('Session');
  };

  app.get(
    '/api/events/:eventId/proposals/:proposalId/notes',
    {
      schema: {
        params: ProposalParamsSchema,
        response: { 200: NoteListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, proposalId } = request.params;
      const { caller, event } = app.callerOf(request, eventId);
      requireAgendaReader(caller, event.phase);
      sessionOf(eventId, proposalId);
      return { notes: listNotes(app.db, proposalId, caller.role === 'admin') };
    },
  );

  /** The proceedings' notes: every visible note of the event. */
  app.get(
    '/api/events/:eventId/notes',
    {
      schema: { params: EventParamsSchema, response: { 200: NoteListSchema, ...errorResponses } },
    },
    async (request) => {
      const { eventId } = request.params;
      const { caller, event } = app.callerOf(request, eventId);
      requireAgendaReader(caller, event.phase);
      return { notes: listEventNotes(app.db, eventId) };
    },
  );

  app.post(
    '/api/events/:eventId/proposals/:proposalId/notes',
    {
      schema: {
        params: ProposalParamsSchema,
        body: NoteInputSchema,
        response: { 201: NoteResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { eventId, proposalId } = request.params;
      const { caller, event } = app.authorize(request, eventId, 'admin', 'participant');
      requireNotesOpen(event, caller.role);
      sessionOf(eventId, proposalId);
      const text = noteTextInput(request.body.text);
      const now = new Date(app.clock.now());
      const id = app.ids.id();
      // An insert of its own row: a note written at the same moment is another row, never lost.
      const version = app.db.transaction((tx) => {
        tx.insert(notes)
          .values({
            id,
            eventId,
            proposalId,
            authorId: caller.role === 'participant' ? caller.participantId : null,
            text,
            createdAt: now,
            updatedAt: now,
          })
          .run();
        return bumpVersion(tx, eventId);
      });
      const note = readNote(app.db, eventId, proposalId, id)!;
      app.live.note(eventId, event.phase, note, version);
      return reply.status(201).send({ note });
    },
  );

  app.patch(
    '/api/events/:eventId/proposals/:proposalId/notes/:noteId',
    {
      schema: {
        params: NoteParamsSchema,
        body: NotePatchSchema,
        response: { 200: NoteResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { eventId, proposalId, noteId } = request.params;
      const { caller, event } = app.authorize(request, eventId, 'admin', 'participant');
      requireNotesOpen(event, caller.role);
      const current = readNote(app.db, eventId, proposalId, noteId);
      if (!current || (current.hidden && caller.role !== 'admin')) throw notFound('Note');
      const { text, hidden } = request.body;
      if (hidden !== undefined && caller.role !== 'admin') {
        throw new HttpError(403, 'forbidden', 'Only a facilitator may hide a note');
      }
      // Facilitators moderate; the words stay their author's (a facilitator's own have no author).
      const mine = caller.role === 'participant' ? caller.participantId : null;
      if (text !== undefined && current.authorId !== mine) {
        throw new HttpError(403, 'forbidden', 'Only its author may edit this note');
      }
      const changes = {
        ...(text !== undefined ? { text: noteTextInput(text) } : {}),
        ...(hidden !== undefined ? { hidden } : {}),
        updatedAt: new Date(app.clock.now()),
      };
      const version = app.db.transaction((tx) => {
        tx.update(notes)
          .set(changes)
          .where(and(eq(notes.id, noteId), eq(notes.eventId, eventId)))
          .run();
        return bumpVersion(tx, eventId);
      });
      const note = readNote(app.db, eventId, proposalId, noteId)!;
      app.live.note(eventId, event.phase, note, version);
      return { note };
    },
  );
};
