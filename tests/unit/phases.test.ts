import { describe, expect, it } from 'vitest';
import {
  agendaVisible,
  canEditOwnProposal,
  canPitch,
  canVote,
  PHASES,
  phaseChangeNeedsConfirm,
  phaseEffects,
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

describe('what a phase change does to participants', () => {
  it('names every effect of going live from the marketplace', () => {
    expect(phaseEffects('proposing', 'live')).toEqual([
      'showsAgenda',
      'stopsPitching',
      'stopsVoting',
    ]);
  });

  it('hides the agenda and reopens voting when going back from live to voting', () => {
    expect(phaseEffects('live', 'voting')).toEqual(['hidesAgenda', 'opensVoting']);
  });

  it('ends the event on closed, the agenda staying visible', () => {
    expect(phaseEffects('live', 'closed')).toEqual(['ends']);
    expect(phaseEffects('scheduling', 'closed')).toEqual(['showsAgenda', 'ends']);
  });

  it('does nothing when the phase stays', () => {
    for (const p of PHASES) expect(phaseEffects(p, p)).toEqual([]);
  });

  it('asks first when a change takes something away or publishes, not when it only opens', () => {
    expect(phaseChangeNeedsConfirm('scheduling', 'live')).toBe(true);
    expect(phaseChangeNeedsConfirm('live', 'scheduling')).toBe(true);
    expect(phaseChangeNeedsConfirm('live', 'closed')).toBe(true);
    expect(phaseChangeNeedsConfirm('proposing', 'voting')).toBe(true);
    expect(phaseChangeNeedsConfirm('voting', 'scheduling')).toBe(true);
    expect(phaseChangeNeedsConfirm('scheduling', 'voting')).toBe(false);
    expect(phaseChangeNeedsConfirm('voting', 'proposing')).toBe(false);
    expect(phaseChangeNeedsConfirm('closed', 'live')).toBe(false);
  });
});
