import { Type, type Static } from '@sinclair/typebox';
import { IdSchema } from './common';

export const ParticipantSchema = Type.Object({
  id: IdSchema,
  name: Type.Union([Type.String(), Type.Null()]),
});
export type Participant = Static<typeof ParticipantSchema>;

export const JoinSchema = Type.Object(
  {
    joinCode: Type.String({ minLength: 1, maxLength: 20 }),
    name: Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
);
export type Join = Static<typeof JoinSchema>;

export const JoinedSchema = Type.Object({
  eventId: IdSchema,
  participant: ParticipantSchema,
  token: Type.String(),
});
export type Joined = Static<typeof JoinedSchema>;

/** A participant's new calendar feed URL: the one before it no longer reads anything. */
export const RenewedFeedSchema = Type.Object({
  calendarUrl: Type.Union([Type.String(), Type.Null()]),
});
export type RenewedFeed = Static<typeof RenewedFeedSchema>;
