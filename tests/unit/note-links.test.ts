import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../shared/note-links';

const link = (href: string) => ({ kind: 'link', href });
const text = (t: string) => ({ kind: 'text', text: t });

describe('links in a note', () => {
  it('keeps text without an address as one piece, markup included', () => {
    expect(splitLinks('We said <b>yes</b> & left')).toEqual([text('We said <b>yes</b> & left')]);
    expect(splitLinks('')).toEqual([]);
  });

  it('finds http and https addresses between text, over lines', () => {
    expect(splitLinks('Slides https://example.org/a?b=1#c\nand http://x.se too')).toEqual([
      text('Slides '),
      link('https://example.org/a?b=1#c'),
      text('\nand '),
      link('http://x.se'),
      text(' too'),
    ]);
  });

  it('leaves sentence punctuation and an unopened bracket outside the address', () => {
    expect(splitLinks('See https://example.org/x.')).toEqual([
      text('See '),
      link('https://example.org/x'),
      text('.'),
    ]);
    expect(splitLinks('(notes: https://example.org/y), later')).toEqual([
      text('(notes: '),
      link('https://example.org/y'),
      text('), later'),
    ]);
    expect(splitLinks('https://en.wikipedia.org/wiki/Open_Space_(format)!')).toEqual([
      link('https://en.wikipedia.org/wiki/Open_Space_(format)'),
      text('!'),
    ]);
  });

  it('never makes a link of another scheme or of a bare prefix', () => {
    expect(splitLinks('javascript:alert(1) and https:// and ftp://x.se')).toEqual([
      text('javascript:alert(1) and https:// and ftp://x.se'),
    ]);
    expect(splitLinks('a"https://x.se"<b>')).toEqual([
      text('a"'),
      link('https://x.se'),
      text('"<b>'),
    ]);
  });
});
