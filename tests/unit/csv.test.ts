import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv/parse-csv';
import { csvDocument, csvField, textCell } from '../../shared/csv/write-csv';

const fields = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.message}`);
  return parsed.records.map((r) => r.fields);
};

describe('parseCsv (RFC 4180)', () => {
  it('reads quotes, commas, doubled quotes and line breaks inside quotes', () => {
    expect(fields('a,"b, c","say ""hej""","två\r\nrader"\r\nd,,e\r\n')).toEqual([
      ['a', 'b, c', 'say "hej"', 'två\r\nrader'],
      ['d', '', 'e'],
    ]);
  });

  it('skips a UTF-8 byte-order mark, takes LF or CRLF, and no line end at the end', () => {
    expect(fields('\uFEFFnamn,plats\nÅsa,Göteborg')).toEqual([
      ['namn', 'plats'],
      ['Åsa', 'Göteborg'],
    ]);
  });

  it('skips empty lines, keeps a line of one quoted empty field', () => {
    expect(fields('a\r\n\r\n""\r\n\r\n')).toEqual([['a'], ['']]);
  });

  it('numbers records by the line they start on, counting lines inside quotes', () => {
    const parsed = parseCsv('h\r\n"x\ny"\r\nz\r\n');
    expect(parsed.ok && parsed.records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['a\r\n"open', 2, 'a quote is never closed'],
    ['a\r\n"x"y', 2, 'text follows a closing quote'],
    ['a\r\nb"c', 2, 'a quote inside a field that is not quoted'],
  ])('refuses %j at line %i: %s', (text, line, message) => {
    expect(parseCsv(text)).toEqual({ ok: false, line, message });
  });

  it('reads back whatever csvDocument wrote', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          expect(fields(csvDocument(rows))).toEqual(rows);
        },
      ),
    );
  });
});

describe('writing CSV', () => {
  it('starts with a BOM, ends lines in CRLF and quotes only what needs it', () => {
    expect(
      csvDocument([
        ['titel', 'värd'],
        ['Fika, "kaffe"', 'Åsa'],
      ]),
    ).toBe('\uFEFFtitel,värd\r\n"Fika, ""kaffe""",Åsa\r\n');
    expect(csvField('rad\nrad')).toBe('"rad\nrad"');
    expect(csvField(12)).toBe('12');
  });

  it('keeps spreadsheets from running typed text as a formula', () => {
    for (const text of ['=1+1', '+46 70', '-rm', '@SUM(A1)', '\t=x', '\r=x']) {
      expect(textCell(text)).toBe(`'${text}`);
    }
    expect(textCell('Öppen data = framtiden')).toBe('Öppen data = framtiden');
  });
});
