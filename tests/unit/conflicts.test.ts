import { describe, expect, it } from 'vitest';
import { findConflicts, sharedVotersThreshold } from '../../shared/grid/conflicts';

const rooms = [
  { id: 'big', capacity: 30 },
  { id: 'small', capacity: 2 },
];
const at = (proposalId: string, roomId: string, slotId: string) => ({
  proposalId,
  roomId,
  slotId,
  pinned: false,
});
const ballots = (proposalId: string, voters: string[]) =>
  voters.map((participantId) => ({ participantId, proposalId }));

describe('findConflicts', () => {
  it('finds a host in two sessions of one slot, ignoring case and spaces', () => {
    const warnings = findConflicts({
      rooms,
      proposals: [
        { id: 'a', hosts: ['Ada Lovelace'] },
        { id: 'b', hosts: [' ada lovelace', 'Bo'] },
        { id: 'c', hosts: ['Ada Lovelace'] },
      ],
      placements: [at('a', 'big', 's1'), at('b', 'small', 's1'), at('c', 'big', 's2')],
      ballots: [],
    });
    expect(warnings).toEqual([
      { kind: 'host_clash', slotId: 's1', host: 'Ada Lovelace', proposalIds: ['a', 'b'] },
    ]);
  });

  it('finds more stars than seats, beside the voters, and not at exactly full', () => {
    const warnings = findConflicts({
      rooms,
      proposals: [
        { id: 'a', hosts: [] },
        { id: 'b', hosts: [] },
        { id: 'c', hosts: [] },
      ],
      placements: [at('a', 'small', 's1'), at('b', 'big', 's1'), at('c', 'small', 's2')],
      ballots: [],
      stars: { a: 3, b: 30, c: 2, unplaced: 99 },
    });
    expect(warnings).toEqual([
      {
        kind: 'stars_over_capacity',
        slotId: 's1',
        roomId: 'small',
        proposalIds: ['a'],
        stars: 3,
        capacity: 2,
      },
    ]);
    // Without stars (before the agenda is out) the same grid has nothing to say.
    const placements = [at('a', 'small', 's1')];
    expect(findConflicts({ rooms, proposals: [], placements, ballots: [] })).toEqual([]);
  });

  it('finds more voters than seats', () => {
    const warnings = findConflicts({
      rooms,
      proposals: [{ id: 'a', hosts: [] }],
      placements: [at('a', 'small', 's1')],
      ballots: ballots('a', ['v1', 'v2', 'v3']),
    });
    expect(warnings).toEqual([
      {
        kind: 'over_capacity',
        slotId: 's1',
        roomId: 'small',
        proposalIds: ['a'],
        voters: 3,
        capacity: 2,
      },
    ]);
    expect(
      findConflicts({
        rooms,
        proposals: [{ id: 'a', hosts: [] }],
        placements: [at('a', 'small', 's1')],
        ballots: ballots('a', ['v1', 'v2']),
      }),
    ).toEqual([]);
  });

  it('finds sessions in one slot that share many voters, with the count', () => {
    const warnings = findConflicts({
      rooms,
      proposals: [
        { id: 'a', hosts: [] },
        { id: 'b', hosts: [] },
        { id: 'c', hosts: [] },
      ],
      placements: [at('a', 'big', 's1'), at('b', 'small', 's1'), at('c', 'big', 's2')],
      ballots: [
        ...ballots('a', ['v1', 'v2', 'v3']),
        ...ballots('b', ['v1', 'v2']),
        ...ballots('c', ['v1', 'v2', 'v3']),
      ],
    }).filter((w) => w.kind === 'shared_voters');
    expect(warnings).toEqual([
      { kind: 'shared_voters', slotId: 's1', proposalIds: ['a', 'b'], count: 2 },
    ]);
  });

  it('ignores a single shared voter and scales with the audience', () => {
    expect(sharedVotersThreshold(3, 50)).toBe(2);
    expect(sharedVotersThreshold(40, 50)).toBe(8);
    const one = findConflicts({
      rooms,
      proposals: [
        { id: 'a', hosts: [] },
        { id: 'b', hosts: [] },
      ],
      placements: [at('a', 'big', 's1'), at('b', 'small', 's1')],
      ballots: [...ballots('a', ['v1']), ...ballots('b', ['v1'])],
    });
    expect(one).toEqual([]);
  });
});
