import { findConflicts, type Warning } from '../../../../../shared/grid/conflicts';
import { applyChanges, decidePlacement } from '../../../../../shared/grid/place';
import type { Placement } from '../../../../../shared/schemas/placement';
import type { Proposal } from '../../../../../shared/schemas/proposal';
import type { Room } from '../../../../../shared/schemas/room';
import type { Slot } from '../../../../../shared/schemas/slot';
import { t } from '../../../i18n';
import type { AdminSession } from '../../../session/admin-session';

export interface GridFacts {
  rooms: readonly Room[];
  slots: readonly Slot[];
  proposals: readonly Proposal[];
  placements: readonly Placement[];
  ballots: readonly { participantId: string; proposalId: string; dots: number }[];
  /** proposalId → stars: expected attendance once the agenda is out. */
  stars: Readonly<Record<string, number>>;
}

export type { Warning };

/** The grid as the facilitator sees it now, writes still on their way included. */
export const gridFactsOf = (session: AdminSession): GridFacts => ({
  rooms: session.state.rooms,
  slots: session.state.slots,
  proposals: session.state.proposals,
  placements: session.grid.placements(),
  ballots: session.adminView.ballots,
  stars: session.adminView.stars,
});

export function gridWarnings(facts: GridFacts): Warning[] {
  return findConflicts({
    rooms: facts.rooms,
    proposals: facts.proposals,
    placements: facts.placements,
    ballots: facts.ballots.filter((b) => b.dots > 0),
    stars: facts.stars,
  });
}

/** Warnings by the proposals they concern: each placed session shows its own. */
export function warningsByProposal(warnings: readonly Warning[]): Map<string, Warning[]> {
  const map = new Map<string, Warning[]>();
  for (const w of warnings) {
    for (const id of w.proposalIds) map.set(id, [...(map.get(id) ?? []), w]);
  }
  return map;
}

/**
 * The warnings a drop of `proposalId` on a cell would give that proposal, from the same rules
 * the server uses; null when the cell cannot take it.
 */
export function warningsIfPlaced(
  facts: GridFacts,
  proposalId: string,
  roomId: string,
  slotId: string,
): Warning[] | null {
  const kind = facts.slots.find((s) => s.id === slotId)?.kind ?? 'session';
  const decision = decidePlacement(facts.placements, kind, {
    proposalId,
    roomId,
    slotId,
    swap: true,
  });
  if (!decision.ok) return null;
  const placements = applyChanges(facts.placements, decision.changes);
  return gridWarnings({ ...facts, placements }).filter((w) => w.proposalIds.includes(proposalId));
}

/** One warning as a short sentence, seen from the session `forId`. */
export function warningText(w: Warning, forId: string, titleOf: (id: string) => string): string {
  switch (w.kind) {
    case 'host_clash':
      return t('grid.warnHost', { host: w.host });
    case 'over_capacity':
      return t('grid.warnSeats', { voters: w.voters, count: w.capacity });
    case 'stars_over_capacity':
      return t('grid.starsSeats', { stars: w.stars, count: w.capacity });
    case 'shared_voters': {
      const other = w.proposalIds[0] === forId ? w.proposalIds[1] : w.proposalIds[0];
      return t('grid.warnShared', { count: w.count, title: titleOf(other) });
    }
  }
}

/** A stable key, to tell a warning apart from the others in a list. */
export const warningKey = (w: Warning) => `${w.kind}|${w.slotId}|${w.proposalIds.join(',')}`;
