import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES } from '../languages';
import { PHASES } from '../phases';
import { DateSchema, IdSchema } from './common';

export const PhaseSchema = Type.Union(PHASES.map((p) => Type.Literal(p)));
export const LanguageSchema = Type.Union(LANGUAGES.map((l) => Type.Literal(l)));

const NameSchema = Type.String({ minLength: 1, maxLength: 120 });
const TimezoneSchema = Type.String({ minLength: 1, maxLength: 64 });
const DotsSchema = Type.Integer({ minimum: 1, maximum: 100 });

/** The public face of an event: never holds a secret. */
export const EventSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  joinCode: Type.String(),
  date: Type.Union([DateSchema, Type.Null()]),
  timezone: Type.String(),
  language: LanguageSchema,
  phase: PhaseSchema,
  dotsPerParticipant: Type.Integer(),
  maxDotsPerProposal: Type.Integer(),
  blindVoting: Type.Boolean(),
  createdAt: Type.String(),
});
export type Event = Static<typeof EventSchema>;

export const CreateEventSchema = Type.Object(
  {
    name: NameSchema,
    date: Type.Optional(DateSchema),
    timezone: Type.Optional(TimezoneSchema),
    language: Type.Optional(LanguageSchema),
    dotsPerParticipant: Type.Optional(DotsSchema),
    maxDotsPerProposal: Type.Optional(DotsSchema),
    blindVoting: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateEvent = Static<typeof CreateEventSchema>;

export const CreatedEventSchema = Type.Object({ event: EventSchema, adminToken: Type.String() });
export type CreatedEvent = Static<typeof CreatedEventSchema>;

export const UpdateEventSchema = Type.Object(
  {
    name: Type.Optional(NameSchema),
    date: Type.Optional(Type.Union([DateSchema, Type.Null()])),
    timezone: Type.Optional(TimezoneSchema),
    language: Type.Optional(LanguageSchema),
    phase: Type.Optional(PhaseSchema),
    dotsPerParticipant: Type.Optional(DotsSchema),
    maxDotsPerProposal: Type.Optional(DotsSchema),
    blindVoting: Type.Optional(Type.Boolean()),
    /** With `phase`: change it only if it is still this one (an undo must not overwrite). */
    ifPhase: Type.Optional(PhaseSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateEvent = Static<typeof UpdateEventSchema>;

/** What a join code opens: enough for the join page and the projector to greet in the event's language. */
export const JoinCodeLookupSchema = Type.Object({
  eventId: IdSchema,
  name: Type.String(),
  language: LanguageSchema,
});
export type JoinCodeLookup = Static<typeof JoinCodeLookupSchema>;

export const EventResponseSchema = Type.Object({ event: EventSchema });

/** The event's new admin token: the one before it no longer opens anything. */
export const RenewedAdminLinkSchema = Type.Object({ adminToken: Type.String() });
export type RenewedAdminLink = Static<typeof RenewedAdminLinkSchema>;
