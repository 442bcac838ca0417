import type { Event } from '../../shared/schemas/event';
import type { Placement } from '../../shared/schemas/placement';
import type { Proposal } from '../../shared/schemas/proposal';
import type { Room } from '../../shared/schemas/room';
import type { Slot } from '../../shared/schemas/slot';
import type { events, placements, proposals, rooms, slots } from '../db/schema';

/** Database rows → the wire shapes of shared/schemas. Secrets never pass through here. */

export const toEvent = (r: typeof events.$inferSelect): Event => ({
  id: r.id,
  name: r.name,
  joinCode: r.joinCode,
  date: r.date,
  timezone: r.timezone,
  language: r.language,
  phase: r.phase,
  dotsPerParticipant: r.dotsPerParticipant,
  maxDotsPerProposal: r.maxDotsPerProposal,
  blindVoting: r.blindVoting,
  createdAt: r.createdAt.toISOString(),
});

export const toRoom = (r: typeof rooms.$inferSelect): Room => ({
  id: r.id,
  name: r.name,
  capacity: r.capacity,
  notes: r.notes,
  position: r.position,
});

export const toSlot = (r: typeof slots.$inferSelect): Slot => ({
  id: r.id,
  startsAt: r.startsAt.toISOString(),
  endsAt: r.endsAt.toISOString(),
  kind: r.kind,
  label: r.label,
});

export const toProposal = (r: typeof proposals.$inferSelect, showTallies: boolean): Proposal => ({
  id: r.id,
  title: r.title,
  description: r.description,
  hosts: r.hosts,
  format: r.format,
  authorId: r.authorId,
  dots: showTallies ? r.dots : null,
  voters: showTallies ? r.voters : null,
  hidden: r.hidden,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const toPlacement = (r: typeof placements.$inferSelect): Placement => ({
  proposalId: r.proposalId,
  roomId: r.roomId,
  slotId: r.slotId,
  pinned: r.pinned,
});
