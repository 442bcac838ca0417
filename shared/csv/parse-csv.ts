/**
 * RFC 4180 CSV, as spreadsheets write it: fields in double quotes may hold commas, quotes
 * (doubled) and line breaks; lines end in CRLF or LF; a UTF-8 byte-order mark is skipped.
 */

export interface CsvRecord {
  /** The 1-based line of the file on which the record starts, for messages. */
  line: number;
  fields: string[];
}

export type CsvParse =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(text: string): CsvParse {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // After a closing quote only a separator or a line end may follow.
  let closed = false;

  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is not a record (spreadsheets add them at the end).
    if (!(fields.length === 1 && fields[0] === '' && !closed)) {
      records.push({ line: recordLine, fields });
    }
    fields = [];
    field = '';
    closed = false;
  };

  while (i < src.length) {
    const c = src[i]!;
    if (c === '"' && field === '' && !closed) {
      // A quoted field: read to its closing quote.
      i++;
      for (;;) {
        if (i >= src.length)
          return { ok: false, line: recordLine, message: 'a quote is never closed' };
        const q = src[i]!;
        if (q === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      closed = true;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      closed = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    if (closed) return { ok: false, line, message: 'text follows a closing quote' };
    if (c === '"') return { ok: false, line, message: 'a quote inside a field that is not quoted' };
    field += c;
    i++;
  }
  if (field !== '' || fields.length > 0 || closed) endRecord();
  return { ok: true, records };
}
