import { Type, type Static } from '@sinclair/typebox';
import { FORMATS } from '../formats';
import { PROPOSAL_LIMITS as LIMITS } from '../proposal-limits';
import { IdSchema } from './common';

export const FormatSchema = Type.Union(FORMATS.map((f) => Type.Literal(f)));

export const ProposalSchema = Type.Object({
  id: IdSchema,
  title: Type.String(),
  description: Type.String(),
  hosts: Type.Array(Type.String()),
  format: FormatSchema,
  /** The participant who pitched it; null when the facilitator did. */
  authorId: Type.Union([IdSchema, Type.Null()]),
  /** Null while blind voting hides tallies from this viewer. */
  dots: Type.Union([Type.Integer(), Type.Null()]),
  voters: Type.Union([Type.Integer(), Type.Null()]),
  hidden: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Proposal = Static<typeof ProposalSchema>;

const fields = {
  title: Type.String({ minLength: 1, maxLength: LIMITS.title }),
  description: Type.String({ maxLength: LIMITS.description }),
  hosts: Type.Array(Type.String({ minLength: 1, maxLength: LIMITS.host }), {
    maxItems: LIMITS.hosts,
  }),
  format: FormatSchema,
};

export const ProposalInputSchema = Type.Object(
  {
    title: fields.title,
    description: Type.Optional(fields.description),
    hosts: Type.Optional(fields.hosts),
    format: Type.Optional(fields.format),
  },
  { additionalProperties: false },
);
export type ProposalInput = Static<typeof ProposalInputSchema>;

/** `hidden` is the facilitator's alone. */
export const ProposalPatchSchema = Type.Object(
  {
    title: Type.Optional(fields.title),
    description: Type.Optional(fields.description),
    hosts: Type.Optional(fields.hosts),
    format: Type.Optional(fields.format),
    hidden: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ProposalPatch = Static<typeof ProposalPatchSchema>;

export const ProposalParamsSchema = Type.Object({ eventId: IdSchema, proposalId: IdSchema });
export const ProposalResponseSchema = Type.Object({ proposal: ProposalSchema });

export const VoteInputSchema = Type.Object(
  { dots: Type.Integer({ minimum: 0, maximum: 100 }) },
  { additionalProperties: false },
);
export type VoteInput = Static<typeof VoteInputSchema>;

export const VoteResultSchema = Type.Object({
  dots: Type.Integer(),
  remaining: Type.Integer(),
  /** The event version after this vote: orders the answer against `vote:changed` pushes. */
  version: Type.Integer(),
});
export type VoteResult = Static<typeof VoteResultSchema>;

/** A star is a plan to attend, not a vote: it needs no budget and changes no tally. */
export const StarInputSchema = Type.Object(
  { starred: Type.Boolean() },
  { additionalProperties: false },
);
export type StarInput = Static<typeof StarInputSchema>;
export const StarResultSchema = Type.Object({ starred: Type.Boolean() });
export type StarResult = Static<typeof StarResultSchema>;
