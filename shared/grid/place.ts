import type { Placement } from '../schemas/placement';

export interface Cell {
  roomId: string;
  slotId: string;
  pinned: boolean;
}

/** One proposal's cell before and after an operation; null is "not on the grid". */
export interface PlacementChange {
  proposalId: string;
  before: Cell | null;
  after: Cell | null;
}

export interface PlaceRequest {
  proposalId: string;
  roomId: string;
  slotId: string;
  pinned?: boolean;
  swap?: boolean;
}

export type PlaceDecision =
  | { ok: true; changes: PlacementChange[] }
  | { ok: false; code: 'cell_taken' | 'slot_not_schedulable' };

const cellOf = (p: Placement | undefined): Cell | null =>
  p ? { roomId: p.roomId, slotId: p.slotId, pinned: p.pinned } : null;

/**
 * Places or moves a proposal. A cell that holds another proposal is refused unless `swap`, which
 * sends the occupant to the mover's old cell (or off the grid when the mover came from the list).
 */
export function decidePlacement(
  placements: readonly Placement[],
  slotKind: 'session' | 'break' | 'plenary',
  req: PlaceRequest,
): PlaceDecision {
  if (slotKind !== 'session') return { ok: false, code: 'slot_not_schedulable' };
  const mine = placements.find((p) => p.proposalId === req.proposalId);
  const occupant = placements.find(
    (p) => p.roomId === req.roomId && p.slotId === req.slotId && p.proposalId !== req.proposalId,
  );
  if (occupant && !req.swap) return { ok: false, code: 'cell_taken' };

  const target: Cell = {
    roomId: req.roomId,
    slotId: req.slotId,
    pinned: req.pinned ?? mine?.pinned ?? false,
  };
  const changes: PlacementChange[] = [];
  if (!sameCell(cellOf(mine), target)) {
    changes.push({ proposalId: req.proposalId, before: cellOf(mine), after: target });
  }
  if (occupant) {
    const away = mine
      ? { roomId: mine.roomId, slotId: mine.slotId, pinned: occupant.pinned }
      : null;
    changes.push({ proposalId: occupant.proposalId, before: cellOf(occupant), after: away });
  }
  return { ok: true, changes };
}

export function sameCell(a: Cell | null, b: Cell | null): boolean {
  if (a === null || b === null) return a === b;
  return a.roomId === b.roomId && a.slotId === b.slotId && a.pinned === b.pinned;
}

/** The changes that undo `changes`. */
export function invertChanges(changes: readonly PlacementChange[]): PlacementChange[] {
  return changes.map((c) => ({ proposalId: c.proposalId, before: c.after, after: c.before }));
}

/** Applies changes to a placement list (pure; for previews and the client's own feedback). */
export function applyChanges(
  placements: readonly Placement[],
  changes: readonly PlacementChange[],
): Placement[] {
  const moved = new Set(changes.map((c) => c.proposalId));
  const next = placements.filter((p) => !moved.has(p.proposalId));
  for (const c of changes) if (c.after) next.push({ proposalId: c.proposalId, ...c.after });
  return next;
}

/** What turns grid `current` into grid `next`: one change per proposal whose cell differs. */
export function diffPlacements(
  current: readonly Placement[],
  next: readonly Placement[],
): PlacementChange[] {
  const before = new Map(current.map((p) => [p.proposalId, cellOf(p)]));
  const after = new Map(next.map((p) => [p.proposalId, cellOf(p)]));
  const changes: PlacementChange[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(id) ?? null;
    const to = after.get(id) ?? null;
    if (!sameCell(from, to)) changes.push({ proposalId: id, before: from, after: to });
  }
  return changes;
}
