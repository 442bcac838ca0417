import { describe, expect, it } from 'vitest';
import { decideVote } from '../../shared/vote-budget';

const base = { budget: 5, maxPerProposal: 3, used: 0, current: 0 };

describe('decideVote', () => {
  it('sets dots and reports what is left', () => {
    expect(decideVote({ ...base, requested: 2 })).toEqual({
      ok: true,
      dots: 2,
      delta: 2,
      used: 2,
      remaining: 3,
    });
  });

  it('treats the request as a set, so a retry changes nothing', () => {
    const first = decideVote({ ...base, requested: 2 });
    const retry = decideVote({ ...base, used: 2, current: 2, requested: 2 });
    expect(first.ok && retry.ok && retry.delta).toBe(0);
    expect(retry).toMatchObject({ used: 2, remaining: 3 });
  });

  it('refuses more than the per-proposal maximum', () => {
    expect(decideVote({ ...base, requested: 4 })).toEqual({
      ok: false,
      code: 'proposal_cap_exceeded',
    });
  });

  it('refuses to overspend the budget, counting dots already on this proposal', () => {
    expect(decideVote({ ...base, used: 4, current: 1, requested: 3 })).toEqual({
      ok: false,
      code: 'budget_exceeded',
    });
    expect(decideVote({ ...base, used: 4, current: 1, requested: 2 })).toMatchObject({
      ok: true,
      used: 5,
      remaining: 0,
    });
  });

  it('always lets dots be taken back, even after the budget was lowered', () => {
    expect(decideVote({ ...base, budget: 2, used: 5, current: 3, requested: 1 })).toEqual({
      ok: true,
      dots: 1,
      delta: -2,
      used: 3,
      remaining: 0,
    });
    expect(decideVote({ ...base, used: 3, current: 3, requested: 0 })).toMatchObject({
      ok: true,
      delta: -3,
      remaining: 5,
    });
  });

  it('refuses negative and fractional dots', () => {
    expect(decideVote({ ...base, requested: -1 })).toEqual({ ok: false, code: 'bad_request' });
    expect(decideVote({ ...base, requested: 1.5 })).toEqual({ ok: false, code: 'bad_request' });
  });
});
