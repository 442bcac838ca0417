import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitNames,
  fitWords,
  linesNeeded,
  widestWord,
  wordsOf,
  wrapWords,
} from '../../shared/projector/word-fit';

/** A stand-in for the canvas: every character 10 px wide. */
const mono = (text: string) => text.length * 10;

describe('wrapping a title at spaces only', () => {
  it('fills each line greedily, as the browser does', () => {
    expect(wrapWords(wordsOf('Kanban för små team'), 120, mono)).toEqual([
      'Kanban för',
      'små team',
    ]);
  });

  it('gives a word wider than the line a line of its own, unbroken', () => {
    expect(wrapWords(wordsOf('Om tillgänglighetsrevision'), 100, mono)).toEqual([
      'Om',
      'tillgänglighetsrevision',
    ]);
  });
});

describe('cutting a title to whole words', () => {
  it('keeps a title that fits whole exactly as given', () => {
    expect(fitWords('Rust för C#-utvecklare', 230, 1, mono)).toEqual({
      text: 'Rust för C#-utvecklare',
      words: 3,
      whole: true,
    });
  });

  it('cuts between words, with an ellipsis after the last whole one', () => {
    const fit = fitWords('Kanban för små team: vad fungerar egentligen?', 140, 2, mono);
    expect(fit).toEqual({ text: 'Kanban för små team: vad…', words: 5, whole: false });
  });

  it('drops punctuation and a lone dash before the ellipsis', () => {
    expect(fitWords('Kodgranskning som lärande, inte grindvakt', 260, 1, mono).text).toBe(
      'Kodgranskning som lärande…',
    );
    expect(fitWords('Fyra dagars arbetsvecka – ett år senare', 250, 1, mono).text).toBe(
      'Fyra dagars arbetsvecka…',
    );
  });

  it('shows nothing rather than part of a word when not even the first word fits', () => {
    expect(fitWords('Utvecklarupplevelse i praktiken', 100, 3, mono)).toEqual({
      text: '',
      words: 0,
      whole: false,
    });
  });

  it('always returns whole leading words that fit the lines, for any title and box', () => {
    const word = fc.stringMatching(/^[a-zåäö#:,–-]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        (words, width, lines) => {
          const title = words.join(' ');
          const fit = fitWords(title, width, lines, mono);
          const shown = wordsOf(fit.text.replace(/…$/u, ''));
          expect(wrapWords(wordsOf(fit.text), width, mono).length).toBeLessThanOrEqual(lines);
          for (const line of wrapWords(wordsOf(fit.text), width, mono)) {
            expect(mono(line)).toBeLessThanOrEqual(width);
          }
          shown.forEach((w, i) => {
            // The last may have lost trailing punctuation, never a letter.
            if (i < shown.length - 1) expect(w).toBe(words[i]);
            else expect(words[i]!.startsWith(w)).toBe(true);
          });
          expect(fit.whole).toBe(fit.text === title);
        },
      ),
    );
  });
});

describe('what a title needs', () => {
  it('counts lines whole and for its first three words with an ellipsis', () => {
    expect(linesNeeded('Kanban för små team: vad fungerar egentligen?', 140, mono)).toEqual({
      whole: 4,
      least: 2,
    });
    expect(linesNeeded('Lightning demos', 100, mono)).toEqual({ whole: 2, least: 2 });
  });

  it('finds the widest word, which no column may be narrower than', () => {
    expect(widestWord(['Rust i en Node-butik', 'Tillgänglighet på riktigt'], mono)).toBe(140);
  });
});

describe('fitting host names', () => {
  const names = ['Henrik Sundström', 'Ella Persson', 'Ali Haddad'];

  it('shows every name when they fit, each whole', () => {
    expect(fitNames(names, 500, 1, mono)).toEqual([
      'Henrik Sundström,',
      'Ella Persson,',
      'Ali Haddad',
    ]);
    expect(fitNames(names, 240, 2, mono)).toEqual([
      'Henrik Sundström,',
      'Ella Persson,',
      'Ali Haddad',
    ]);
  });

  it('counts the names that do not fit rather than cutting one', () => {
    expect(fitNames(names, 200, 1, mono)).toEqual(['Henrik Sundström', '+2']);
    expect(fitNames(names, 340, 1, mono)).toEqual(['Henrik Sundström,', 'Ella Persson', '+1']);
    expect(fitNames(names, 200, 2, mono)).toEqual(['Henrik Sundström,', 'Ella Persson', '+1']);
  });

  it('falls back to the words of the first name when not even one fits a line', () => {
    expect(fitNames(['Anna-Karin Johansson Lindqvist'], 120, 1, mono)).toEqual(['Anna-Karin…']);
    expect(fitNames([], 120, 1, mono)).toEqual([]);
  });
});
