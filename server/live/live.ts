import type { Server } from 'socket.io';
import type {
  ClientToServerEvents,
  Fact,
  FactName,
  Facts,
  ServerToClientEvents,
} from '../../shared/events';
import type { StarChange } from '../../shared/merge';
import { agendaVisible, type Phase } from '../../shared/phases';
import type { Note } from '../../shared/schemas/note';
import type { Placement } from '../../shared/schemas/placement';
import type { Proposal } from '../../shared/schemas/proposal';
import { createFrameSender, type FrameOptions } from './fact-frames';
import type { SocketData } from './socket-data';
import { adminRoom, participantRoom, publicRoom } from './rooms';

export type KnytaServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** Facts for one or more audiences; they leave in the audience's next frame. */
export interface Audience {
  publish<K extends FactName>(name: K, payload: Facts[K]): void;
}

/** Pushes committed facts to the right sockets. Routes call this right after their transaction. */
export function createLive(io: KnytaServer, frameOptions?: FrameOptions) {
  const frames = createFrameSender(io, frameOptions);
  const adminWatchers: ((eventId: string) => void)[] = [];
  const to = (rooms: string[], adminsOf?: string): Audience => ({
    publish(name, payload) {
      // A generic name cannot be related to the union of pairs; Facts[K] keeps them matched.
      const fact = [name, payload] as Fact;
      for (const room of rooms) frames.publish(room, fact);
      if (adminsOf !== undefined) for (const watch of adminWatchers) watch(adminsOf);
    },
  });
  const admins = (eventId: string) => to([adminRoom(eventId)], eventId);
  const everyone = (eventId: string) => to([adminRoom(eventId), publicRoom(eventId)], eventId);
  const publicAudience = (eventId: string) => to([publicRoom(eventId)]);
  const participant = (participantId: string) => to([participantRoom(participantId)]);

  return {
    /** Everyone watching the event, facilitators and participants alike. */
    everyone,
    admins,
    public: publicAudience,
    participant,
    close: () => frames.close(),
    observeCrowdFrames: frames.observeCrowdFrames,
    /** Calls `watch` with the event of every fact told to its facilitators. */
    watchAdminFacts: (watch: (eventId: string) => void) => void adminWatchers.push(watch),

    /**
     * A proposal as each audience may see it: the facilitator sees hidden ones and blind
     * tallies; participants lose a hidden proposal from their list.
     */
    proposal(
      eventId: string,
      kind: 'proposal:created' | 'proposal:updated',
      forAdmin: Proposal,
      forPublic: Proposal,
      version: number,
    ) {
      admins(eventId).publish(kind, { proposal: forAdmin, version });
      if (forPublic.hidden) {
        publicAudience(eventId).publish('proposal:removed', { proposalId: forPublic.id, version });
      } else {
        publicAudience(eventId).publish(kind, { proposal: forPublic, version });
      }
    },

    /**
     * A note as each audience may see it: facilitators see every note; the public loses a
     * hidden one, and sees none before the agenda is published.
     */
    note(eventId: string, phase: Phase, note: Note, version: number) {
      admins(eventId).publish('note:changed', { note, version });
      if (note.hidden || !agendaVisible(phase, 'participant')) {
        const { proposalId, id: noteId } = note;
        publicAudience(eventId).publish('note:removed', { proposalId, noteId, version });
      } else {
        publicAudience(eventId).publish('note:changed', { note, version });
      }
    },

    /**
     * Stars a merge (or its undo or redo) moved: each starrer's own sockets hear of their star,
     * the facilitators of each changed count.
     */
    stars(
      eventId: string,
      changes: readonly StarChange[],
      counts: readonly Facts['stars:changed'][],
    ) {
      for (const count of counts) admins(eventId).publish('stars:changed', count);
      for (const { participantId, proposalId, starred } of changes) {
        participant(participantId).publish('star:changed', { proposalId, starred });
      }
    },

    /** Participants learn where sessions are only once the agenda is published. */
    placements(
      eventId: string,
      phase: Phase,
      placements: Placement[],
      removed: string[],
      version: number,
    ) {
      const full = { placements, removed, version };
      if (agendaVisible(phase, 'participant')) {
        everyone(eventId).publish('placement:changed', full);
      } else {
        admins(eventId).publish('placement:changed', full);
        publicAudience(eventId).publish('placement:changed', {
          placements: [],
          removed: [],
          version,
        });
      }
    },
  };
}

export type Live = ReturnType<typeof createLive>;
