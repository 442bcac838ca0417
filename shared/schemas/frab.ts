import { Type, type Static } from '@sinclair/typebox';

/**
 * frab's schedule.json, as Knyta writes it (`GET …/schedule.frab.json`): the fields conference
 * apps such as Giggity and EventFahrplan read, named and shaped as frab names and shapes them.
 */
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const FrabEventSchema = Type.Object({
  id: Type.Integer(),
  guid: Type.String(),
  /** The start with the event's UTC offset: 2026-11-27T09:30:00+01:00. */
  date: Type.String(),
  /** HH:MM on the event's wall clock. */
  start: Type.String(),
  /** HH:MM */
  duration: Type.String(),
  room: Type.String(),
  slug: Type.String(),
  url: Nullable(Type.String()),
  title: Type.String(),
  subtitle: Type.String(),
  track: Nullable(Type.String()),
  type: Type.String(),
  language: Type.String(),
  abstract: Type.String(),
  description: Type.String(),
  persons: Type.Array(Type.Object({ name: Type.String(), public_name: Type.String() })),
  links: Type.Array(Type.Object({ url: Type.String(), title: Type.String() })),
  attachments: Type.Array(Type.Object({ url: Type.String(), title: Type.String() })),
});
export type FrabEvent = Static<typeof FrabEventSchema>;

export const FrabDaySchema = Type.Object({
  index: Type.Integer(),
  date: Type.String(),
  day_start: Type.String(),
  day_end: Type.String(),
  rooms: Type.Record(Type.String(), Type.Array(FrabEventSchema)),
});

export const FrabScheduleSchema = Type.Object({
  schedule: Type.Object({
    version: Type.String(),
    conference: Type.Object({
      acronym: Type.String(),
      title: Type.String(),
      start: Type.String(),
      end: Type.String(),
      daysCount: Type.Integer(),
      timeslot_duration: Type.String(),
      time_zone_name: Type.String(),
      rooms: Type.Array(Type.Object({ name: Type.String(), guid: Type.String() })),
      days: Type.Array(FrabDaySchema),
    }),
  }),
});
export type FrabSchedule = Static<typeof FrabScheduleSchema>;
