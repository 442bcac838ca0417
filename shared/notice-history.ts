import type { MoveNotice } from './move-notices';

/** How many notices a device keeps: a day's moves of one person's sessions, and little storage. */
export const HISTORY_SIZE = 10;

export interface HistoryEntry extends MoveNotice {
  dismissed: boolean;
}

/**
 * The history with new notices first. A notice already there (the same change seen again) is
 * not added twice; a newer one about the same session closes the older, whose "now 14:15" is no
 * longer true, but both stay in the history.
 */
export function addNotices(
  history: readonly HistoryEntry[],
  fresh: readonly MoveNotice[],
): HistoryEntry[] {
  const known = new Set(history.map((n) => n.id));
  const added = fresh.filter((n) => !known.has(n.id));
  if (added.length === 0) return [...history];
  const superseded = new Set(added.map((n) => n.proposalId));
  const older = history.map((n) => (superseded.has(n.proposalId) ? { ...n, dismissed: true } : n));
  return [...added.map((n) => ({ ...n, dismissed: false })), ...older].slice(0, HISTORY_SIZE);
}

export const dismissNotice = (history: readonly HistoryEntry[], id: string): HistoryEntry[] =>
  history.map((n) => (n.id === id ? { ...n, dismissed: true } : n));

/** The notices still on screen, newest first. */
export const openNotices = (history: readonly HistoryEntry[]): HistoryEntry[] =>
  history.filter((n) => !n.dismissed);

const versionOf = (n: MoveNotice) => Number(n.id.slice(n.id.lastIndexOf('@') + 1));

/**
 * Two tabs' histories of one event as one, so that neither undoes what the other did: every
 * notice once, dismissed if either tab dismissed it, newest first, an older notice about a
 * session closed by a newer one (as `addNotices` does), and the last `HISTORY_SIZE` kept.
 */
export function mergeHistories(
  mine: readonly HistoryEntry[],
  theirs: readonly HistoryEntry[],
): HistoryEntry[] {
  const byId = new Map<string, HistoryEntry>();
  for (const n of [...mine, ...theirs]) {
    const had = byId.get(n.id);
    byId.set(n.id, had ? { ...had, dismissed: had.dismissed || n.dismissed } : n);
  }
  // A stable sort: notices of one change (a swap moves two sessions) keep their order.
  const newestFirst = [...byId.values()].sort((a, b) => versionOf(b) - versionOf(a));
  const told = new Set<string>();
  return newestFirst
    .map((n) => {
      const older = told.has(n.proposalId);
      told.add(n.proposalId);
      return older && !n.dismissed ? { ...n, dismissed: true } : n;
    })
    .slice(0, HISTORY_SIZE);
}
