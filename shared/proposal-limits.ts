/**
 * How long a pitch may be. Plain numbers, so the phone's form can count against them without
 * downloading TypeBox; the wire schemas in shared/schemas/proposal.ts are built from them.
 */
export const PROPOSAL_LIMITS = {
  title: 120,
  description: 2000,
  hosts: 6,
  host: 60,
} as const;
