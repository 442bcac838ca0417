import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { Format } from '../../shared/formats';
import type { Language } from '../../shared/languages';
import type { Phase } from '../../shared/phases';
import type { SlotKind } from '../../shared/slot-kinds';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch() * 1000)`);

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    joinCode: text('join_code').notNull(),
    date: text('date'),
    timezone: text('timezone').notNull(),
    language: text('language').$type<Language>().notNull(),
    phase: text('phase').$type<Phase>().notNull().default('proposing'),
    dotsPerParticipant: integer('dots_per_participant').notNull(),
    maxDotsPerProposal: integer('max_dots_per_proposal').notNull(),
    blindVoting: integer('blind_voting', { mode: 'boolean' }).notNull().default(false),
    /** sha256 of the admin token: the token itself is shown once and never stored. */
    adminTokenHash: text('admin_token_hash').notNull(),
    /** Grows with every committed change; socket deltas carry it. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('events_join_code_idx').on(t.joinCode),
    uniqueIndex('events_admin_token_hash_idx').on(t.adminTokenHash),
  ],
);

export const rooms = sqliteTable(
  'rooms',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull(),
    notes: text('notes').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('rooms_event_idx').on(t.eventId)],
);

export const slots = sqliteTable(
  'slots',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
    kind: text('kind').$type<SlotKind>().notNull().default('session'),
    label: text('label').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('slots_event_starts_idx').on(t.eventId, t.startsAt)],
);

export const participants = sqliteTable(
  'participants',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name'),
    tokenHash: text('token_hash').notNull(),
    /** Sum of this participant's dots, kept with every vote so a vote never scans all votes. */
    dotsUsed: integer('dots_used').notNull().default(0),
    /**
     * sha256 of the token in this participant's calendar feed URL: set the first time their
     * snapshot names the URL (server/auth/feed-token.ts says why the token is derived).
     */
    feedTokenHash: text('feed_token_hash'),
    /** How many times the participant asked for a new feed URL: each one ends the one before. */
    feedEpoch: integer('feed_epoch').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('participants_token_hash_idx').on(t.tokenHash),
    uniqueIndex('participants_feed_token_hash_idx').on(t.feedTokenHash),
    index('participants_event_idx').on(t.eventId),
  ],
);

export const proposals = sqliteTable(
  'proposals',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => participants.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    hosts: text('hosts', { mode: 'json' }).$type<string[]>().notNull(),
    format: text('format').$type<Format>().notNull().default('discussion'),
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    /** Set when merged into another proposal: it leaves every list, its votes moved there. */
    mergedIntoId: text('merged_into_id'),
    /** Stored tallies, updated in the vote's transaction. */
    dots: integer('dots').notNull().default(0),
    voters: integer('voters').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('proposals_event_idx').on(t.eventId, t.createdAt),
    index('proposals_author_idx').on(t.authorId),
  ],
);

export const votes = sqliteTable(
  'votes',
  {
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    dots: integer('dots').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.participantId, t.proposalId], name: 'votes_pk' }),
    index('votes_proposal_idx').on(t.proposalId),
    index('votes_event_idx').on(t.eventId),
  ],
);

/** The sessions a participant means to attend, once the agenda is out; not votes. */
export const stars = sqliteTable(
  'stars',
  {
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.participantId, t.proposalId], name: 'stars_pk' }),
    index('stars_proposal_idx').on(t.proposalId),
    index('stars_event_idx').on(t.eventId),
  ],
);

export const placements = sqliteTable(
  'placements',
  {
    proposalId: text('proposal_id')
      .primaryKey()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    slotId: text('slot_id')
      .notNull()
      .references(() => slots.id, { onDelete: 'cascade' }),
    pinned: integer('pinned', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    // One session per cell, enforced by the database as well as by the rules.
    uniqueIndex('placements_cell_idx').on(t.roomId, t.slotId),
    index('placements_event_idx').on(t.eventId),
  ],
);

/** The facilitators' shared undo/redo history of grid operations and merges. */
export const gridOperations = sqliteTable(
  'grid_operations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'placements' | 'merge'>().notNull(),
    /** Enough to apply the operation in both directions; shape by kind (server/history/). */
    payload: text('payload', { mode: 'json' }).notNull(),
    undone: integer('undone', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('grid_operations_event_idx').on(t.eventId, t.undone, t.id)],
);

/** Pairs of proposals the facilitator wants kept out of the same slot. */
export const avoidPairs = sqliteTable(
  'avoid_pairs',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** Stored with a < b so a pair has one row. */
    a: text('a')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    b: text('b')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.a, t.b], name: 'avoid_pairs_pk' }),
    index('avoid_pairs_event_idx').on(t.eventId),
  ],
);

/**
 * Notes on a session, one row per note: two people writing at once append two rows, so no
 * write can overwrite another.
 */
export const notes = sqliteTable(
  'notes',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    /** Null when a facilitator wrote it (or the participant is gone). */
    authorId: text('author_id').references(() => participants.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('notes_proposal_idx').on(t.proposalId, t.createdAt),
    index('notes_event_idx').on(t.eventId),
  ],
);
