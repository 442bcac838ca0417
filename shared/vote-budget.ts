import type { ErrorCode } from './errors';

export interface VoteRequest {
  /** Dots this participant may spend in the whole event. */
  budget: number;
  /** Most dots one participant may put on one proposal. */
  maxPerProposal: number;
  /** Dots this participant has on all proposals now, this one included. */
  used: number;
  /** Dots this participant has on this proposal now. */
  current: number;
  /** Dots they want on this proposal (the request sets, it does not add). */
  requested: number;
}

export type VoteDecision =
  | { ok: true; dots: number; delta: number; used: number; remaining: number }
  | {
      ok: false;
      code: Extract<ErrorCode, 'budget_exceeded' | 'proposal_cap_exceeded' | 'bad_request'>;
    };

/**
 * Decides a "set my dots on this proposal" request. Taking dots back is always allowed, even
 * when the facilitator lowered the budget below what was already spent.
 */
export function decideVote(req: VoteRequest): VoteDecision {
  const { budget, maxPerProposal, used, current, requested } = req;
  if (!Number.isInteger(requested) || requested < 0) return { ok: false, code: 'bad_request' };
  const delta = requested - current;
  const nextUsed = used + delta;
  if (delta > 0) {
    if (requested > maxPerProposal) return { ok: false, code: 'proposal_cap_exceeded' };
    if (nextUsed > budget) return { ok: false, code: 'budget_exceeded' };
  }
  return {
    ok: true,
    dots: requested,
    delta,
    used: nextUsed,
    remaining: Math.max(0, budget - nextUsed),
  };
}

export function remainingDots(budget: number, used: number): number {
  return Math.max(0, budget - used);
}
