/** The parts of my side of the snapshot that say which sessions I care about. */
export interface MyInterest {
  participant: { id: string } | null;
  /** proposalId → my dots on it. */
  votes: Readonly<Record<string, number>>;
  /** The sessions I starred (absent in a snapshot stored before stars existed). */
  starred?: readonly string[];
}

/**
 * The sessions whose moves I am told about (issue 9 §2): those I pitched (and so host), those I
 * put dots on and those I starred.
 */
export function sessionsOfInterest(
  me: MyInterest,
  proposals: readonly { id: string; authorId: string | null }[],
): Set<string> {
  const mine = me.participant?.id;
  const interest = new Set(Object.keys(me.votes).filter((id) => (me.votes[id] ?? 0) > 0));
  for (const id of me.starred ?? []) interest.add(id);
  for (const p of proposals) if (mine && p.authorId === mine) interest.add(p.id);
  return interest;
}
