import type { Event } from './schemas/event';
import type { Placement } from './schemas/placement';
import type { Proposal } from './schemas/proposal';
import type { Room } from './schemas/room';
import type { BallotWire } from './schemas/snapshot';
import type { Slot } from './schemas/slot';

/**
 * The live contract: facts the server pushes to an event's Socket.IO room after a change is
 * committed. Every fact about the event carries the event's new `version`; a client that sees
 * a gap fetches the snapshot again. Commands travel over the HTTP API, not the socket.
 */
export interface ServerToClientEvents {
  'event:updated': (p: { event: Event; version: number }) => void;
  'room:created': (p: { room: Room; version: number }) => void;
  'room:updated': (p: { room: Room; version: number }) => void;
  'room:deleted': (p: { roomId: string; version: number }) => void;
  'slot:created': (p: { slots: Slot[]; version: number }) => void;
  'slot:updated': (p: { slot: Slot; version: number }) => void;
  'slot:deleted': (p: { slotId: string; version: number }) => void;
  'proposal:created': (p: { proposal: Proposal; version: number }) => void;
  'proposal:updated': (p: { proposal: Proposal; version: number }) => void;
  /** The proposal left this viewer's list (hidden by the facilitator). */
  'proposal:removed': (p: { proposalId: string; version: number }) => void;
  /** dots and voters are null while blind voting hides them from this viewer. */
  'tally:changed': (p: {
    proposalId: string;
    dots: number | null;
    voters: number | null;
    version: number;
  }) => void;
  /**
   * Grid changes: upserted placements and the ids of proposals taken off the grid. Participants
   * get empty lists (and the version) until the agenda is published.
   */
  'placement:changed': (p: { placements: Placement[]; removed: string[]; version: number }) => void;
  /** A duplicate was merged: `sourceId` leaves every list, `into` carries the merged votes. */
  'proposal:merged': (p: { sourceId: string; into: Proposal; version: number }) => void;
  /** A bulk change (an undone merge, say): fetch the snapshot. */
  'event:reset': (p: { version: number }) => void;
  /** Facilitators only: who has dots where (dots 0 = none), for the grid's warnings. */
  'ballot:changed': (p: { ballots: BallotWire[] }) => void;
  /** Facilitators only: whether undo and redo have something to do. */
  'history:changed': (p: { canUndo: boolean; canRedo: boolean }) => void;
  'avoid:changed': (p: { avoidPairs: [string, string][] }) => void;
  /** Only to the voter's own sockets (other tabs, other devices): their dots and budget. */
  'vote:changed': (p: {
    proposalId: string;
    dots: number;
    remaining: number;
    /** The event version of the change: a push older than what the client has is stale. */
    version: number;
  }) => void;
}

/** Sockets only listen; commands go over HTTP. */
export type ClientToServerEvents = Record<string, never>;

/** Sent as Socket.IO's `auth` on connect. Without a token the socket is a public viewer. */
export interface SocketAuth {
  eventId: string;
  token?: string;
}

/** Names of the facts that carry a version, for clients that check for gaps. */
export const VERSIONED_EVENTS = [
  'event:updated',
  'room:created',
  'room:updated',
  'room:deleted',
  'slot:created',
  'slot:updated',
  'slot:deleted',
  'proposal:created',
  'proposal:updated',
  'proposal:removed',
  'tally:changed',
  'placement:changed',
  'proposal:merged',
  'event:reset',
] as const satisfies readonly (keyof ServerToClientEvents)[];
