import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  decidePlacement,
  diffPlacements,
  invertChanges,
} from '../../shared/grid/place';

const grid = [
  { proposalId: 'a', roomId: 'r1', slotId: 's1', pinned: true },
  { proposalId: 'b', roomId: 'r2', slotId: 's1', pinned: false },
];

describe('decidePlacement', () => {
  it('moves into a free cell and keeps the pin', () => {
    const d = decidePlacement(grid, 'session', { proposalId: 'a', roomId: 'r1', slotId: 's2' });
    expect(d).toEqual({
      ok: true,
      changes: [
        {
          proposalId: 'a',
          before: { roomId: 'r1', slotId: 's1', pinned: true },
          after: { roomId: 'r1', slotId: 's2', pinned: true },
        },
      ],
    });
  });

  it('refuses a taken cell without swap, and breaks always', () => {
    expect(
      decidePlacement(grid, 'session', { proposalId: 'a', roomId: 'r2', slotId: 's1' }),
    ).toEqual({
      ok: false,
      code: 'cell_taken',
    });
    expect(decidePlacement([], 'break', { proposalId: 'a', roomId: 'r2', slotId: 's1' })).toEqual({
      ok: false,
      code: 'slot_not_schedulable',
    });
  });

  it('swaps, and undoing the swap restores the grid exactly', () => {
    const d = decidePlacement(grid, 'session', {
      proposalId: 'a',
      roomId: 'r2',
      slotId: 's1',
      swap: true,
    });
    if (!d.ok) throw new Error('expected a swap');
    const after = applyChanges(grid, d.changes);
    expect(after).toContainEqual({ proposalId: 'a', roomId: 'r2', slotId: 's1', pinned: true });
    expect(after).toContainEqual({ proposalId: 'b', roomId: 'r1', slotId: 's1', pinned: false });
    const undone = applyChanges(after, invertChanges(d.changes));
    expect(undone.sort((x, y) => x.proposalId.localeCompare(y.proposalId))).toEqual(grid);
  });

  it('sends the occupant to the list when the mover came from the list', () => {
    const d = decidePlacement(grid, 'session', {
      proposalId: 'c',
      roomId: 'r1',
      slotId: 's1',
      swap: true,
    });
    if (!d.ok) throw new Error('expected a swap');
    expect(
      applyChanges(grid, d.changes)
        .map((p) => p.proposalId)
        .sort(),
    ).toEqual(['b', 'c']);
  });

  it('changes nothing when dropped where it already is', () => {
    expect(
      decidePlacement(grid, 'session', { proposalId: 'b', roomId: 'r2', slotId: 's1' }),
    ).toEqual({
      ok: true,
      changes: [],
    });
  });
});

describe('diffPlacements', () => {
  it('lists new, moved, re-pinned and removed placements, and applying it gives the target grid', () => {
    const target = [
      { proposalId: 'a', roomId: 'r1', slotId: 's1', pinned: false },
      { proposalId: 'c', roomId: 'r2', slotId: 's2', pinned: false },
    ];
    const changes = diffPlacements(grid, target);
    expect(changes.map((c) => c.proposalId).sort()).toEqual(['a', 'b', 'c']);
    expect(changes.find((c) => c.proposalId === 'b')?.after).toBeNull();
    const sorted = (list: typeof target) =>
      [...list].sort((x, y) => x.proposalId.localeCompare(y.proposalId));
    expect(sorted(applyChanges(grid, changes))).toEqual(target);
    expect(diffPlacements(grid, grid)).toEqual([]);
  });
});
