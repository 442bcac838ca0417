/** The text layer of iCalendar (RFC 5545 §3.1, §3.3): content lines, escaping, folding. */

const CRLF = '\r\n';
/** A content line's longest run of octets, line break not counted (§3.1). */
const LINE_OCTETS = 75;

const ESCAPED: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  ';': '\\;',
  ',': '\\,',
  '\r\n': '\\n',
  '\r': '\\n',
  '\n': '\\n',
};

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, every line break as `\n`.
 * Other control characters are not TEXT; Knyta refuses them on input, and drops them here so
 * that an old row cannot break a calendar.
 */
export function escapeText(text: string): string {
  return text.replace(/[^\P{Cc}\t\r\n]/gu, '').replace(/\r\n|[\\;,\r\n]/g, (c) => ESCAPED[c]!);
}

const utf8Octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a line into runs of at most 75 octets, each continuation starting with a space (which
 * counts): between characters, so that å, ä, ö or an emoji is never cut in half.
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const n = utf8Octets(ch.codePointAt(0)!);
    if (used + n > LINE_OCTETS) {
      out += `${CRLF} `;
      used = 1;
    }
    out += ch;
    used += n;
  }
  return out;
}

/** A parameter value: quoted when it holds a character that would end it (§3.2). */
export function paramValue(value: string): string {
  const plain = value.replace(/["\p{Cc}]/gu, '');
  return /[:;,]/.test(plain) ? `"${plain}"` : plain;
}

/** 20261127T090000Z: an instant in UTC (§3.3.5, form 2). */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

/** Lines as a calendar file: folded, each ended by CRLF. */
export function icsFile(lines: readonly string[]): string {
  return lines.map((l) => foldLine(l) + CRLF).join('');
}
