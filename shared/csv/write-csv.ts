/**
 * CSV as spreadsheets read it (RFC 4180): a UTF-8 byte-order mark first, so that Excel reads
 * å, ä and ö as UTF-8 and not as the machine's legacy code page, and CRLF line ends.
 */

export const CSV_BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or CR first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a person typed, made safe to open: a leading apostrophe keeps a spreadsheet from running
 * "=HYPERLINK(…)" or "@SUM(…)" in a title as a formula (CSV injection).
 */
export const textCell = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** One field, quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
