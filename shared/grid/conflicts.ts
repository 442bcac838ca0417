import type { Placement } from '../schemas/placement';

export interface ConflictInput {
  rooms: readonly { id: string; capacity: number }[];
  proposals: readonly { id: string; hosts: readonly string[] }[];
  placements: readonly Placement[];
  /** Who put dots on what (dots > 0). */
  ballots: readonly { participantId: string; proposalId: string }[];
  /** proposalId → participants who starred it (plan to attend); once the agenda is out. */
  stars?: Readonly<Record<string, number>>;
}

export type Warning =
  | { kind: 'host_clash'; slotId: string; host: string; proposalIds: string[] }
  | {
      kind: 'over_capacity';
      slotId: string;
      roomId: string;
      proposalIds: [string];
      voters: number;
      capacity: number;
    }
  | {
      kind: 'stars_over_capacity';
      slotId: string;
      roomId: string;
      proposalIds: [string];
      stars: number;
      capacity: number;
    }
  | { kind: 'shared_voters'; slotId: string; proposalIds: [string, string]; count: number };

/**
 * Two sessions "share many voters" when at least this many people voted on both: two or more,
 * and a fifth of the smaller audience, so a single shared dot does not flood the grid.
 */
export function sharedVotersThreshold(votersA: number, votersB: number): number {
  return Math.max(2, Math.ceil(0.2 * Math.min(votersA, votersB)));
}

/** Every warning on the current grid. The server reports these; the grid shows them as badges. */
export function findConflicts(input: ConflictInput): Warning[] {
  const warnings: Warning[] = [];
  const hostsOf = new Map(input.proposals.map((p) => [p.id, p.hosts]));
  const capacityOf = new Map(input.rooms.map((r) => [r.id, r.capacity]));
  const votersOf = new Map<string, Set<string>>();
  for (const b of input.ballots) {
    let set = votersOf.get(b.proposalId);
    if (!set) votersOf.set(b.proposalId, (set = new Set()));
    set.add(b.participantId);
  }

  const bySlot = new Map<string, Placement[]>();
  for (const p of input.placements) {
    const list = bySlot.get(p.slotId) ?? [];
    list.push(p);
    bySlot.set(p.slotId, list);
  }

  for (const [slotId, here] of bySlot) {
    here.sort(
      (a, b) => a.roomId.localeCompare(b.roomId) || a.proposalId.localeCompare(b.proposalId),
    );

    // Host names are typed by people: "Ada " and "ada" are the same person.
    const byHost = new Map<string, { host: string; ids: string[] }>();
    for (const p of here) {
      for (const host of hostsOf.get(p.proposalId) ?? []) {
        const key = host.trim().toLocaleLowerCase();
        if (!key) continue;
        const entry = byHost.get(key) ?? { host: host.trim(), ids: [] };
        if (!entry.ids.includes(p.proposalId)) entry.ids.push(p.proposalId);
        byHost.set(key, entry);
      }
    }
    for (const { host, ids } of byHost.values()) {
      if (ids.length > 1) warnings.push({ kind: 'host_clash', slotId, host, proposalIds: ids });
    }

    for (const p of here) {
      const voters = votersOf.get(p.proposalId)?.size ?? 0;
      const capacity = capacityOf.get(p.roomId);
      if (capacity !== undefined && voters > capacity) {
        warnings.push({
          kind: 'over_capacity',
          slotId,
          roomId: p.roomId,
          proposalIds: [p.proposalId],
          voters,
          capacity,
        });
      }
      // Stars say who plans to come, votes only who wished for it: each gets its warning.
      const stars = input.stars?.[p.proposalId] ?? 0;
      if (capacity !== undefined && stars > capacity) {
        warnings.push({
          kind: 'stars_over_capacity',
          slotId,
          roomId: p.roomId,
          proposalIds: [p.proposalId],
          stars,
          capacity,
        });
      }
    }

    for (let i = 0; i < here.length; i++) {
      const a = votersOf.get(here[i]!.proposalId);
      if (!a) continue;
      for (let j = i + 1; j < here.length; j++) {
        const b = votersOf.get(here[j]!.proposalId);
        if (!b) continue;
        let count = 0;
        for (const v of a) if (b.has(v)) count++;
        if (count >= sharedVotersThreshold(a.size, b.size)) {
          warnings.push({
            kind: 'shared_voters',
            slotId,
            proposalIds: [here[i]!.proposalId, here[j]!.proposalId],
            count,
          });
        }
      }
    }
  }
  return warnings;
}
