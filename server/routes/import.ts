import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { planFromRoomsSlotsCsv } from '../../shared/import/from-csv';
import { planFromExport } from '../../shared/import/from-export';
import type { ImportCheck } from '../../shared/import/import-plan';
import { errorResponses } from '../../shared/schemas/common';
import { CreatedEventSchema } from '../../shared/schemas/event';
import { EventExportSchema } from '../../shared/schemas/event-export';
import { rememberOwner } from '../auth/caller';
import { HttpError } from '../http-error';
import { insertImportedEvent } from '../repos/import-repo';
import { toEvent } from '../repos/to-wire';

/**
 * Measured: an export of 12 rooms × 10 slots × 120 sessions (pretty-printed, ids of 16
 * characters) is about 59 KB with the pitches of tests/support/realistic-pitches.ts, and
 * 450 KB with every text at its longest in Swedish. The app's 64 KB would refuse a real day,
 * so this route has its own limit, with room for a file's escapes and indentation.
 */
export const IMPORT_JSON_LIMIT = 2 * 1024 * 1024;
/** 500 slot lines and 200 room lines of a CSV fit many times. */
export const IMPORT_CSV_LIMIT = 256 * 1024;

const response = { 201: CreatedEventSchema, ...errorResponses };

/** `POST /api/events/import` (an export's JSON) and `…/import/csv` (rooms and slots). */
export const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Only in this plugin's scope: the rest of the API takes JSON alone.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  /** One transaction: a refused file, or a failure half-way, creates nothing. */
  const create = (check: ImportCheck) => {
    if (!check.ok) {
      const { where, message } = check.problem;
      throw new HttpError(400, 'bad_request', `${where}: ${message}`);
    }
    const { row, adminToken, adminTokenHash } = insertImportedEvent(app.db, app, check.plan);
    rememberOwner(app.db, adminTokenHash, { role: 'admin', eventId: row.id });
    return { event: toEvent(row), adminToken };
  };

  app.post(
    '/api/events/import',
    { bodyLimit: IMPORT_JSON_LIMIT, schema: { body: EventExportSchema, response } },
    async (request, reply) => reply.status(201).send(create(planFromExport(request.body))),
  );

  app.post(
    '/api/events/import/csv',
    { bodyLimit: IMPORT_CSV_LIMIT, schema: { body: Type.String(), response } },
    async (request, reply) => reply.status(201).send(create(planFromRoomsSlotsCsv(request.body))),
  );
};
