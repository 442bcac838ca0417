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

/** A merge's stars: who starred the duplicate, and which of them gained a star on the survivor. */
export interface StarMove {
  sourceStars: string[];
  intoStarsAdded: string[];
}

/** One participant's star on one proposal, set or cleared. */
export interface StarChange {
  participantId: string;
  proposalId: string;
  starred: boolean;
}

/**
 * Stars follow the session like dots do: whoever starred the duplicate has the survivor starred.
 * Only the stars the survivor lacked are "added", so an undo leaves an older star alone.
 */
export function moveStars(source: readonly string[], into: readonly string[]): StarMove {
  const had = new Set(into);
  return { sourceStars: [...source], intoStarsAdded: source.filter((id) => !had.has(id)) };
}

/**
 * The star writes a merge step needs, given who stars the two proposals now. Stars are not
 * versioned and change freely between steps, so a star already as wanted is left out rather
 * than refused: 'do' clears the duplicate's and adds the survivor's, 'undo' the reverse.
 */
export function starChanges(
  move: StarMove & { sourceId: string; intoId: string },
  direction: 'do' | 'undo',
  starredNow: { source: readonly string[]; into: readonly string[] },
): StarChange[] {
  const forward = direction === 'do';
  const change = (
    proposalId: string,
    who: readonly string[],
    now: readonly string[],
    on: boolean,
  ) => {
    const has = new Set(now);
    return who
      .filter((id) => has.has(id) !== on)
      .map((participantId) => ({ participantId, proposalId, starred: on }));
  };
  return [
    ...change(move.sourceId, move.sourceStars, starredNow.source, !forward),
    ...change(move.intoId, move.intoStarsAdded, starredNow.into, forward),
  ];
}
