import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events';
import { agendaVisible, type Phase } from '../../shared/phases';
import type { Placement } from '../../shared/schemas/placement';
import type { Proposal } from '../../shared/schemas/proposal';
import type { SocketData } from './socket-data';
import { adminRoom, participantRoom, publicRoom } from './rooms';

export type KnytaServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** Pushes committed facts to the right sockets. Routes call this after their transaction. */
export function createLive(io: KnytaServer) {
  return {
    /** Everyone watching the event, facilitators and participants alike. */
    everyone: (eventId: string) => io.to([adminRoom(eventId), publicRoom(eventId)]),
    admins: (eventId: string) => io.to(adminRoom(eventId)),
    public: (eventId: string) => io.to(publicRoom(eventId)),
    participant: (participantId: string) => io.to(participantRoom(participantId)),

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
      io.to(adminRoom(eventId)).emit(kind, { proposal: forAdmin, version });
      if (forPublic.hidden) {
        io.to(publicRoom(eventId)).emit('proposal:removed', { proposalId: forPublic.id, version });
      } else {
        io.to(publicRoom(eventId)).emit(kind, { proposal: forPublic, version });
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
        io.to([adminRoom(eventId), publicRoom(eventId)]).emit('placement:changed', full);
      } else {
        io.to(adminRoom(eventId)).emit('placement:changed', full);
        io.to(publicRoom(eventId)).emit('placement:changed', {
          placements: [],
          removed: [],
          version,
        });
      }
    },
  };
}

export type Live = ReturnType<typeof createLive>;
