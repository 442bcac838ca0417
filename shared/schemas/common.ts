import { Type, type Static } from '@sinclair/typebox';
import { ERROR_CODES } from '../errors';

export const IdSchema = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

/** An ISO 8601 instant, e.g. 2026-11-27T09:30:00Z or with an offset. */
export const DateTimeSchema = Type.String({ format: 'date-time', maxLength: 40 });

/** YYYY-MM-DD; that it names a day that exists is checked by checkCalendarDate (a clear 400). */
export const DateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const ErrorBodySchema = Type.Object({
  statusCode: Type.Integer(),
  code: Type.Union(ERROR_CODES.map((c) => Type.Literal(c))),
  message: Type.String(),
});
export type ErrorBody = Static<typeof ErrorBodySchema>;

export const EventParamsSchema = Type.Object({ eventId: IdSchema });

/** Responses every authenticated event route can give besides its success. */
export const errorResponses = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
};

export const OkSchema = Type.Object({ ok: Type.Literal(true) });

/** 204 No Content. */
export const NoContentSchema = Type.Null();
