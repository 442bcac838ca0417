import type { Placement } from './schemas/placement';
import type { Proposal } from './schemas/proposal';
import type { Room } from './schemas/room';
import type { Slot } from './schemas/slot';

export interface AgendaInput {
  slots: readonly Slot[];
  proposals: readonly Proposal[];
  placements: readonly Placement[];
}

/** What runs in each cell of the published agenda, by `cellKey(slotId, roomId)`. */
export type AgendaIndex = ReadonlyMap<string, Proposal>;

export const cellKey = (slotId: string, roomId: string) => `${slotId}|${roomId}`;

/**
 * The published grid as a lookup. A placement that points at a slot or proposal this viewer
 * does not have (hidden, merged, deleted) or at a break is left out rather than shown half.
 */
export function indexAgenda(input: AgendaInput): AgendaIndex {
  const proposals = new Map(input.proposals.map((p) => [p.id, p]));
  const sessionSlots = new Set(input.slots.filter((s) => s.kind === 'session').map((s) => s.id));
  const index = new Map<string, Proposal>();
  for (const p of input.placements) {
    const proposal = proposals.get(p.proposalId);
    if (proposal && sessionSlots.has(p.slotId)) index.set(cellKey(p.slotId, p.roomId), proposal);
  }
  return index;
}

/** The sessions of one slot, in room order; rooms left empty are skipped. */
export function sessionsInSlot(
  slotId: string,
  rooms: readonly Room[],
  index: AgendaIndex,
): { room: Room; proposal: Proposal }[] {
  return [...rooms]
    .sort((a, b) => a.position - b.position)
    .flatMap((room) => {
      const proposal = index.get(cellKey(slotId, room.id));
      return proposal ? [{ room, proposal }] : [];
    });
}
