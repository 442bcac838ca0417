import type { Event } from './schemas/event';
import type { Note } from './schemas/note';
import type { Placement } from './schemas/placement';
import type { Proposal } from './schemas/proposal';
import type { Room } from './schemas/room';
import type { BallotWire } from './schemas/snapshot';
import type { Slot } from './schemas/slot';

/**
 * The live contract: facts the server pushes about an event after a change is committed,
 * by name with their payloads. Every fact about the event itself carries the event's new
 * `version`; a client that sees a gap fetches the snapshot again. Commands travel over the
 * HTTP API, not the socket.
 */
export interface Facts {
  'event:updated': { event: Event; version: number };
  'room:created': { room: Room; version: number };
  'room:updated': { room: Room; version: number };
  'room:deleted': { roomId: string; version: number };
  'slot:created': { slots: Slot[]; version: number };
  'slot:updated': { slot: Slot; version: number };
  'slot:deleted': { slotId: string; version: number };
  'proposal:created': { proposal: Proposal; version: number };
  'proposal:updated': { proposal: Proposal; version: number };
  /** The proposal left this viewer's list (hidden by the facilitator). */
  'proposal:removed': { proposalId: string; version: number };
  /** dots and voters are null while blind voting hides them from this viewer. */
  'tally:changed': {
    proposalId: string;
    dots: number | null;
    voters: number | null;
    version: number;
  };
  /**
   * Grid changes: upserted placements and the ids of proposals taken off the grid. Participants
   * get empty lists (and the version) until the agenda is published.
   */
  'placement:changed': { placements: Placement[]; removed: string[]; version: number };
  /** A duplicate was merged: `sourceId` leaves every list, `into` carries the merged votes. */
  'proposal:merged': { sourceId: string; into: Proposal; version: number };
  /** A bulk change (an undone merge, say): fetch the snapshot. */
  'event:reset': { version: number };
  /** A session's note was added, edited or shown again: upsert it by id. */
  'note:changed': { note: Note; version: number };
  /** The note left this viewer's page (hidden by a facilitator, or the agenda is not out). */
  'note:removed': { proposalId: string; noteId: string; version: number };
  /** Facilitators only: who has dots where (dots 0 = none), for the grid's warnings. */
  'ballot:changed': { ballots: BallotWire[] };
  /** Facilitators only: whether undo and redo have something to do. */
  'history:changed': { canUndo: boolean; canRedo: boolean };
  'avoid:changed': { avoidPairs: [string, string][] };
  /** Facilitators only: how many participants starred a session now (the whole truth). */
  'stars:changed': { proposalId: string; stars: number };
  /** Only to the participant's own sockets (other tabs, other devices): a star set or cleared. */
  'star:changed': { proposalId: string; starred: boolean };
  /** Only to the voter's own sockets (other tabs, other devices): their dots and budget. */
  'vote:changed': {
    proposalId: string;
    dots: number;
    remaining: number;
    /** The event version of the change: a push older than what the client has is stale. */
    version: number;
  };
}

export type FactName = keyof Facts;

/** One fact on the wire: its name and its payload, as a pair. */
export type Fact = { [K in FactName]: [K, Facts[K]] }[FactName];

/**
 * Facts committed close together travel as one `facts` frame per audience (facilitators, the
 * public, one participant), in commit order: the cost of a change then grows with frames, not
 * with sockets × changes. See docs/protocol.md for the timing.
 */
export interface ServerToClientEvents {
  facts: (frame: Fact[]) => void;
}

/** Sockets only listen; commands go over HTTP. */
export type ClientToServerEvents = Record<string, never>;

/** Sent as Socket.IO's `auth` on connect. Without a token the socket is a public viewer. */
export interface SocketAuth {
  eventId: string;
  token?: string;
}

/** Facts that every viewer of the event receives, each with the next version: gaps mean loss. */
export const VERSIONED_FACTS = [
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
  'note:changed',
  'note:removed',
] as const satisfies readonly FactName[];
