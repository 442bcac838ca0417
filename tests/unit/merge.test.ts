import { describe, expect, it } from 'vitest';
import { mergeBallots, unionHosts } from '../../shared/merge';

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
