import type { AdminSession } from '../../../session/admin-session';
import { gridFactsOf, gridWarnings } from '../grid/warnings';

/** What publishing would show participants, and what they would miss. */
export interface AgendaSummary {
  sessions: number;
  rooms: number;
  /** Proposals still shown to participants that are not on the grid. */
  unplaced: number;
  warnings: number;
}

export function agendaSummary(session: AdminSession): AgendaSummary {
  const facts = gridFactsOf(session);
  const placed = new Set(facts.placements.map((p) => p.proposalId));
  return {
    sessions: placed.size,
    rooms: new Set(facts.placements.map((p) => p.roomId)).size,
    unplaced: facts.proposals.filter((p) => !p.hidden && !placed.has(p.id)).length,
    warnings: gridWarnings(facts).length,
  };
}
