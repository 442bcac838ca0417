import type { ScheduleInstance } from '../schedule/instance';
import { pairKey } from '../schedule/keys';
import type { Placement } from '../schemas/placement';
import type { BallotWire } from '../schemas/snapshot';

export interface GridState {
  rooms: readonly { id: string; capacity: number }[];
  slots: readonly { id: string; kind: string }[];
  /** Visible, unmerged proposals; hidden ones are left out by the caller or here. */
  proposals: readonly { id: string; hosts: readonly string[]; hidden?: boolean }[];
  placements: readonly Placement[];
  ballots: readonly BallotWire[];
  avoidPairs: readonly (readonly [string, string])[];
}

/** Host names typed by people: "Ada " and "ada" are one person. */
export const hostKey = (name: string) => name.trim().toLocaleLowerCase();

/**
 * The event as a scheduling problem (PRODUCT.md). `keep` says which current placements become
 * pins: all of them ("fill the empty cells"), the pinned ones ("re-plan"), or none (scoring).
 */
export function toScheduleInstance(
  grid: GridState,
  keep: 'all' | 'pinned' | 'none',
): ScheduleInstance {
  const proposals = grid.proposals.filter((p) => !p.hidden);
  const ids = new Set(proposals.map((p) => p.id));
  const placementOf = new Map(grid.placements.map((p) => [p.proposalId, p]));
  const busy = new Set<string>();
  const sessions = proposals.map((p) => {
    const placed = placementOf.get(p.id);
    const pinned = placed && (keep === 'all' || (keep === 'pinned' && placed.pinned));
    let hosts = [...new Set(p.hosts.map(hostKey).filter((h) => h.length > 0))];
    if (pinned) {
      // The facilitator may have kept a host clash on purpose; the solver cannot undo it, so
      // only the first kept session in a slot claims a shared host.
      hosts = hosts.filter((h) => !busy.has(pairKey(h, placed.slotId)));
      for (const h of hosts) busy.add(pairKey(h, placed.slotId));
      return { id: p.id, hosts, pinned: { roomId: placed.roomId, slotId: placed.slotId } };
    }
    return { id: p.id, hosts };
  });
  return {
    rooms: grid.rooms.map((r) => ({ id: r.id, capacity: r.capacity })),
    slots: grid.slots.filter((s) => s.kind === 'session').map((s) => ({ id: s.id })),
    blocked: [],
    sessions,
    votes: grid.ballots
      .filter((b) => b.dots > 0 && ids.has(b.proposalId))
      .map((b) => ({ voterId: b.participantId, sessionId: b.proposalId, dots: b.dots })),
    avoidParallel: grid.avoidPairs
      .filter(([a, b]) => ids.has(a) && ids.has(b))
      .map(([a, b]): [string, string] => [a, b]),
  };
}
