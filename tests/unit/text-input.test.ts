import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkName, checkOptionalName, checkText } from '../../shared/text-input';

const refused = (char: string) => ({ ok: false, problem: 'not_text', char });

describe('names and texts people type', () => {
  it('trims, and keeps what is text: accents, emoji with joiners, right-to-left scripts', () => {
    expect(checkName('  Aula Magna \t')).toEqual({ ok: true, value: 'Aula Magna' });
    for (const name of ['Åsa Öberg', 'Café ☕', '👩‍💻 Kod', 'مرحبا', 'שלום', 'a\u200Db']) {
      expect(checkName(name)).toEqual({ ok: true, value: name });
    }
  });

  it('refuses a name that is blank once trimmed, unless it may be empty', () => {
    for (const blank of ['', '   ', '\n\t', '\u00A0\u2003', '\uFEFF']) {
      expect(checkName(blank)).toEqual({ ok: false, problem: 'blank' });
      expect(checkOptionalName(blank)).toEqual({ ok: true, value: '' });
      expect(checkText(blank)).toEqual({ ok: true, value: '' });
    }
  });

  it('refuses control, surrogate and text-direction characters, naming the first one', () => {
    expect(checkName('a\u0000b')).toEqual(refused('U+0000'));
    expect(checkName('a\nb')).toEqual(refused('U+000A'));
    expect(checkName('a\u007Fb')).toEqual(refused('U+007F'));
    expect(checkName('a\u0085b')).toEqual(refused('U+0085'));
    expect(checkName('a\u2028b')).toEqual(refused('U+2028'));
    expect(checkName('a\uD800b')).toEqual(refused('U+D800'));
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const char = String.fromCodePoint(code);
      const name = `evil${char}txt.exe`;
      const hex = `U+${code.toString(16).toUpperCase()}`;
      expect(checkName(name)).toEqual(refused(hex));
      expect(checkOptionalName(name)).toEqual(refused(hex));
      expect(checkText(name)).toEqual(refused(hex));
    }
    expect(checkOptionalName('x\u0001\u202E')).toEqual(refused('U+0001'));
  });

  it('lets a longer text have lines and tabs, with Windows line ends made plain', () => {
    expect(checkText(' Line one\r\n\tLine two\rthree \n')).toEqual({
      ok: true,
      value: 'Line one\n\tLine two\nthree',
    });
    expect(checkText('a\u0000')).toEqual(refused('U+0000'));
    expect(checkText('a\u000Bb')).toEqual(refused('U+000B'));
  });

  it('accepts what it returns: a cleaned value is already clean', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (raw) => {
        for (const check of [checkName, checkOptionalName, checkText]) {
          const first = check(raw);
          if (first.ok) expect(check(first.value)).toEqual(first);
        }
      }),
    );
  });
});
