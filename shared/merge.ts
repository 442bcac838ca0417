export interface Ballot {
  participantId: string;
  dots: number;
}

export interface MergeOutcome {
  /** The votes the surviving proposal ends with. */
  into: Ballot[];
  /** Dots handed back to each participant's budget (only those with a refund). */
  refunds: Ballot[];
}

/**
 * Merging a duplicate keeps both proposals' votes on the survivor: a participant who voted on
 * both keeps the sum, capped at the per-proposal maximum; the rest returns to their budget.
 */
export function mergeBallots(
  source: readonly Ballot[],
  into: readonly Ballot[],
  maxPerProposal: number,
): MergeOutcome {
  const sums = new Map<string, number>();
  for (const b of into) sums.set(b.participantId, b.dots);
  for (const b of source) sums.set(b.participantId, (sums.get(b.participantId) ?? 0) + b.dots);
  const merged: Ballot[] = [];
  const refunds: Ballot[] = [];
  for (const [participantId, sum] of sums) {
    const kept = Math.min(sum, maxPerProposal);
    merged.push({ participantId, dots: kept });
    if (sum > kept) refunds.push({ participantId, dots: sum - kept });
  }
  return { into: merged, refunds };
}

/** Hosts of both, once each, the survivor's first; names compared without case. */
export function unionHosts(into: readonly string[], source: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of [...into, ...source]) {
    const key = h.trim().toLocaleLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(h.trim());
    }
  }
  return out;
}
