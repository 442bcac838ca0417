import { describe, expect, it } from 'vitest';
import { mergeBallots, moveStars, starChanges, unionHosts } from '../../shared/merge';

const sorted = <T extends { participantId: string }>(list: T[]) =>
  [...list].sort((a, b) => a.participantId.localeCompare(b.participantId));

describe('mergeBallots', () => {
  it('keeps the sum, capped at the per-proposal maximum, and refunds the rest', () => {
    const out = mergeBallots(
      [
        { participantId: 'ada', dots: 2 },
        { participantId: 'bo', dots: 1 },
      ],
      [
        { participantId: 'ada', dots: 2 },
        { participantId: 'cy', dots: 3 },
      ],
      3,
    );
    expect(sorted(out.into)).toEqual([
      { participantId: 'ada', dots: 3 },
      { participantId: 'bo', dots: 1 },
      { participantId: 'cy', dots: 3 },
    ]);
    expect(out.refunds).toEqual([{ participantId: 'ada', dots: 1 }]);
  });

  it('refunds nothing when nobody voted on both', () => {
    const out = mergeBallots(
      [{ participantId: 'a', dots: 3 }],
      [{ participantId: 'b', dots: 3 }],
      3,
    );
    expect(out.refunds).toEqual([]);
    expect(out.into).toHaveLength(2);
  });
});

describe('unionHosts', () => {
  it('keeps the survivor’s hosts first and each person once', () => {
    expect(unionHosts(['Ada', 'Bo'], ['bo ', 'Cy', ''])).toEqual(['Ada', 'Bo', 'Cy']);
  });
});

describe('moveStars', () => {
  it('moves every star of the duplicate and counts as added only those the survivor lacked', () => {
    expect(moveStars(['ada', 'bo'], ['bo', 'cy'])).toEqual({
      sourceStars: ['ada', 'bo'],
      intoStarsAdded: ['ada'],
    });
    expect(moveStars([], ['cy'])).toEqual({ sourceStars: [], intoStarsAdded: [] });
  });
});

describe('starChanges', () => {
  const move = { sourceId: 's', intoId: 'i', sourceStars: ['ada', 'bo'], intoStarsAdded: ['ada'] };

  it('clears the duplicate’s stars and adds the survivor’s on a merge', () => {
    expect(starChanges(move, 'do', { source: ['ada', 'bo'], into: ['bo', 'cy'] })).toEqual([
      { participantId: 'ada', proposalId: 's', starred: false },
      { participantId: 'bo', proposalId: 's', starred: false },
      { participantId: 'ada', proposalId: 'i', starred: true },
    ]);
  });

  it('gives the duplicate its stars back and takes only the added ones off the survivor', () => {
    expect(starChanges(move, 'undo', { source: [], into: ['ada', 'bo', 'cy'] })).toEqual([
      { participantId: 'ada', proposalId: 's', starred: true },
      { participantId: 'bo', proposalId: 's', starred: true },
      { participantId: 'ada', proposalId: 'i', starred: false },
    ]);
  });

  it('leaves out a star already as wanted, so an unstar in between refuses nothing', () => {
    // Ada unstarred the merged session before the undo: there is no added star left to take off.
    expect(starChanges(move, 'undo', { source: [], into: ['bo', 'cy'] })).toEqual([
      { participantId: 'ada', proposalId: 's', starred: true },
      { participantId: 'bo', proposalId: 's', starred: true },
    ]);
    expect(starChanges(move, 'undo', { source: ['ada', 'bo'], into: ['bo'] })).toEqual([]);
  });
});
