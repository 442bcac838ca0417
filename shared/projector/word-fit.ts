/** How wide a piece of text is at one font, in px: the browser's canvas, or a test's stand-in. */
export type Measure = (text: string) => number;

/** A title cut short still shows this many words (or all of a shorter one). */
export const MIN_WORDS = 3;

const ELLIPSIS = '…';
/** Punctuation that reads badly before an ellipsis ("lärande,…"); only ever trailing marks. */
const TRAILING = /[\s,;:.–—-]+$/u;

export interface WordFit {
  /** The text as given when it fits whole, else its first `words` words and an ellipsis. */
  text: string;
  words: number;
  whole: boolean;
}

export const wordsOf = (text: string): string[] => text.split(/\s+/u).filter(Boolean);

/**
 * The lines `words` take when wrapped at spaces only, as a browser lays out text with
 * `hyphens: none` and `overflow-wrap: normal`. A word wider than the line has a line to itself.
 */
export function wrapWords(words: readonly string[], width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const longer = line ? `${line} ${word}` : word;
    if (!line || measure(longer) <= width) line = longer;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function fits(words: readonly string[], width: number, lines: number, measure: Measure): boolean {
  const wrapped = wrapWords(words, width, measure);
  return wrapped.length <= lines && wrapped.every((line) => measure(line) <= width);
}

/** The first `n` words with an ellipsis on the last, minus any punctuation it would follow. */
function cut(words: readonly string[], n: number): string[] {
  const shown = words.slice(0, n);
  const last = shown.pop()!.replace(TRAILING, '');
  return last ? [...shown, `${last}${ELLIPSIS}`] : [];
}

/**
 * The most of `text` that fits in `lines` lines of `width`, cut only between words: the whole
 * text, or its first words and an ellipsis. Never part of a word; no words when not even the
 * first fits.
 */
export function fitWords(text: string, width: number, lines: number, measure: Measure): WordFit {
  const words = wordsOf(text);
  if (fits(words, width, lines, measure)) return { text, words: words.length, whole: true };
  for (let n = words.length - 1; n > 0; n--) {
    const shown = cut(words, n);
    if (shown.length === n && fits(shown, width, lines, measure)) {
      return { text: shown.join(' '), words: n, whole: false };
    }
  }
  return { text: '', words: 0, whole: false };
}

/** How many lines `text` takes whole, and how many its shortest acceptable cut takes. */
export function linesNeeded(
  text: string,
  width: number,
  measure: Measure,
): { whole: number; least: number } {
  const words = wordsOf(text);
  const whole = wrapWords(words, width, measure).length;
  if (words.length <= MIN_WORDS) return { whole, least: whole };
  return { whole, least: Math.min(whole, wrapWords(cut(words, MIN_WORDS), width, measure).length) };
}

/** The widest single word of any of `texts`: a column narrower than that would have to break it. */
export function widestWord(texts: Iterable<string>, measure: Measure): number {
  let widest = 0;
  for (const text of texts)
    for (const word of wordsOf(text)) widest = Math.max(widest, measure(word));
  return widest;
}

/** Names as a list reads, each a piece that stays on one line: "Ella Persson,", "Ali Haddad". */
export const namePieces = (names: readonly string[]): string[] =>
  names.map((name, i) => (i < names.length - 1 ? `${name},` : name));

/**
 * Host names in `lines` lines of `width`, each name whole and kept on one line: all of them,
 * or the first ones and "+N" for the others ("Henrik Sundström +1"). Returns the pieces that
 * must not break inside; when not even one name fits a line, words of the first cut short.
 */
export function fitNames(
  names: readonly string[],
  width: number,
  lines: number,
  measure: Measure,
): string[] {
  for (let shown = names.length; shown > 0; shown--) {
    const others = names.length - shown;
    const pieces = [...namePieces(names.slice(0, shown)), ...(others > 0 ? [`+${others}`] : [])];
    if (fits(pieces, width, lines, measure)) return pieces;
  }
  return names.length ? wordsOf(fitWords(names[0]!, width, lines, measure).text) : [];
}
