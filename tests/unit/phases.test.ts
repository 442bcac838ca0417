import { describe, expect, it } from 'vitest';
import {
  agendaVisible,
  canEditOwnProposal,
  canPitch,
  canVote,
  PHASES,
  talliesVisible,
} from '../../shared/phases';

describe('phase rules (PRODUCT.md table)', () => {
  it('lets participants pitch only in proposing', () => {
    expect(PHASES.filter((p) => canPitch(p, 'participant'))).toEqual(['proposing']);
  });

  it('lets the facilitator pitch in every phase', () => {
    expect(PHASES.every((p) => canPitch(p, 'admin'))).toBe(true);
  });

  it('opens voting in proposing and voting only', () => {
    expect(PHASES.filter(canVote)).toEqual(['proposing', 'voting']);
  });

  it('shows the agenda to participants in live and closed', () => {
    expect(PHASES.filter((p) => agendaVisible(p, 'participant'))).toEqual(['live', 'closed']);
    expect(PHASES.every((p) => agendaVisible(p, 'admin'))).toBe(true);
  });

  it('freezes an author’s own edits once voting is over', () => {
    expect(PHASES.filter(canEditOwnProposal)).toEqual(['proposing', 'voting']);
  });

  it('hides tallies from participants while blind voting is open', () => {
    expect(PHASES.filter((p) => talliesVisible(p, true, 'participant'))).toEqual([
      'scheduling',
      'live',
      'closed',
    ]);
    expect(PHASES.every((p) => talliesVisible(p, false, 'participant'))).toBe(true);
    expect(PHASES.every((p) => talliesVisible(p, true, 'admin'))).toBe(true);
  });
});
