import { Type } from '@sinclair/typebox';

/**
 * What conference apps need from a frab schedule.json to show it (Giggity's and EventFahrplan's
 * parsers, from their source as we know it): written apart from the server's own schema, so a
 * field the server drops or renames fails the test.
 */
const Hhmm = Type.String({ pattern: '^\\d{2}:\\d{2}$' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const WithOffset = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$',
});

const Talk = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  guid: Type.String({
    pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$',
  }),
  date: WithOffset,
  start: Hhmm,
  duration: Hhmm,
  room: Type.String({ minLength: 1 }),
  title: Type.String({ minLength: 1 }),
  slug: Type.String({ minLength: 1 }),
  type: Type.String(),
  language: Type.String(),
  abstract: Type.String(),
  description: Type.String(),
  subtitle: Type.String(),
  track: Type.Union([Type.String(), Type.Null()]),
  persons: Type.Array(Type.Object({ public_name: Type.String({ minLength: 1 }) })),
  links: Type.Array(Type.Unknown()),
  attachments: Type.Array(Type.Unknown()),
});

export const FrabReaderSchema = Type.Object({
  schedule: Type.Object({
    version: Type.String(),
    conference: Type.Object({
      acronym: Type.String({ minLength: 1 }),
      title: Type.String({ minLength: 1 }),
      start: Day,
      end: Day,
      daysCount: Type.Integer({ minimum: 0 }),
      timeslot_duration: Hhmm,
      time_zone_name: Type.String(),
      rooms: Type.Array(Type.Object({ name: Type.String() })),
      days: Type.Array(
        Type.Object({
          index: Type.Integer({ minimum: 0 }),
          date: Day,
          day_start: WithOffset,
          day_end: WithOffset,
          rooms: Type.Record(Type.String(), Type.Array(Talk)),
        }),
      ),
    }),
  }),
});
