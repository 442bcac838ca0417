import { importEvent, importRoomsSlotsCsv } from '../../api/endpoints';
import type { CreatedEvent } from '../../../../shared/schemas/event';

export type ImportResult =
  | { ok: true; created: CreatedEvent }
  /** `detail`: the server's words naming the line or field, or the parser's. */
  | { ok: false; reason: 'not_json' | 'refused'; detail: string };

/**
 * Sends a chosen file to the server as a new event: a `.csv` as rooms and slots, anything
 * else as an export's JSON. Loaded only when a file is chosen.
 */
export async function importFile(file: File): Promise<ImportResult> {
  const text = await file.text();
  const isCsv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  let doc: unknown;
  if (!isCsv) {
    try {
      doc = JSON.parse(text);
    } catch (err) {
      return { ok: false, reason: 'not_json', detail: err instanceof Error ? err.message : '' };
    }
  }
  return (isCsv ? importRoomsSlotsCsv(text) : importEvent(doc)).then((created): ImportResult => ({
    ok: true,
    created,
  }));
}
