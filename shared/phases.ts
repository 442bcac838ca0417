/** The phases of an event, in their usual order. A facilitator may set them in any order. */
export const PHASES = ['proposing', 'voting', 'scheduling', 'live', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

/** What participants may do in each phase (PRODUCT.md); the facilitator can always act. */
const RULES: Record<Phase, { pitch: boolean; vote: boolean; agenda: boolean }> = {
  proposing: { pitch: true, vote: true, agenda: false },
  voting: { pitch: false, vote: true, agenda: false },
  scheduling: { pitch: false, vote: false, agenda: false },
  live: { pitch: false, vote: false, agenda: true },
  closed: { pitch: false, vote: false, agenda: true },
};

export type Role = 'admin' | 'participant';

export function canPitch(phase: Phase, role: Role): boolean {
  return role === 'admin' || RULES[phase].pitch;
}

/** Only participants vote: the facilitator has no dot budget. */
export function canVote(phase: Phase): boolean {
  return RULES[phase].vote;
}

export function agendaVisible(phase: Phase, role: Role): boolean {
  return role === 'admin' || RULES[phase].agenda;
}

/** Blind voting hides tallies from participants while dots are still being spent. */
export function talliesVisible(phase: Phase, blindVoting: boolean, role: Role): boolean {
  if (role === 'admin' || !blindVoting) return true;
  return phase !== 'proposing' && phase !== 'voting';
}

/** An author may fix their own pitch while the marketplace and the last call are open. */
export function canEditOwnProposal(phase: Phase): boolean {
  return phase === 'proposing' || phase === 'voting';
}

/** What a phase change does to participants, in the order a facilitator should read it. */
export const PHASE_EFFECTS = [
  'showsAgenda',
  'hidesAgenda',
  'ends',
  'stopsPitching',
  'stopsVoting',
  'opensPitching',
  'opensVoting',
] as const;
export type PhaseEffect = (typeof PHASE_EFFECTS)[number];

/** The effects that take something away from participants: these deserve a second thought. */
const TAKES_AWAY: ReadonlySet<PhaseEffect> = new Set([
  'hidesAgenda',
  'ends',
  'stopsPitching',
  'stopsVoting',
]);

export function phaseEffects(from: Phase, to: Phase): PhaseEffect[] {
  if (from === to) return [];
  const [a, b] = [RULES[from], RULES[to]];
  const found: Record<PhaseEffect, boolean> = {
    showsAgenda: !a.agenda && b.agenda,
    hidesAgenda: a.agenda && !b.agenda,
    ends: to === 'closed',
    stopsPitching: a.pitch && !b.pitch,
    stopsVoting: a.vote && !b.vote,
    opensPitching: !a.pitch && b.pitch,
    opensVoting: !a.vote && b.vote,
  };
  return PHASE_EFFECTS.filter((e) => found[e]);
}

/**
 * Whether a change should be confirmed first: it takes something away, or it publishes the
 * agenda (everyone sees the grid as it is at that moment). The rest applies at once.
 */
export function phaseChangeNeedsConfirm(from: Phase, to: Phase): boolean {
  return phaseEffects(from, to).some((e) => e === 'showsAgenda' || TAKES_AWAY.has(e));
}
