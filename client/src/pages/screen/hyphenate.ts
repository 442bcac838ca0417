/** Vowels of English and Swedish titles, to break words between syllables rather than anywhere. */
const VOWEL = /[aeiouyåäöéèüæø]/i;
const LETTER = /\p{L}/u;

const isVowel = (c: string | undefined) => !!c && VOWEL.test(c);
const isConsonant = (c: string | undefined) => !!c && LETTER.test(c) && !VOWEL.test(c);

/**
 * Where a word may take a hyphen at `i` (the hyphen goes before `word[i]`): between two
 * consonants ("Acces-sible", "Säker-het") or before a consonant that starts a syllable
 * ("Commu-nity"), with at least three letters on each side.
 */
function goodBreak(word: string, i: number): boolean {
  if (i < 3 || i > word.length - 3) return false;
  const [before, at, after] = [word[i - 1], word[i], word[i + 1]];
  return (
    (isConsonant(before) && isConsonant(at)) ||
    (isVowel(before) && isConsonant(at) && isVowel(after))
  );
}

/**
 * Breaks a word that does not fit on a line into pieces that do, each but the last ending in a
 * hyphen, preferring syllable-like breaks. `fits` says whether a piece fits on one line. Parts
 * after a hyphen already in the word ("whiteboard-intervjuer") are treated on their own.
 */
export function hyphenateWord(word: string, fits: (piece: string) => boolean): string[] {
  if (fits(word)) return [word];
  const segments = word.split(/(?<=[-–])/u);
  if (segments.length > 1) return segments.flatMap((s) => hyphenateWord(s, fits));
  const pieces: string[] = [];
  let rest = word;
  while (!fits(rest) && rest.length > 5) {
    let longest = rest.length - 1;
    while (longest > 3 && !fits(`${rest.slice(0, longest)}-`)) longest--;
    let at = longest;
    while (at > 3 && !goodBreak(rest, at)) at--;
    // Nothing syllable-like near the end of the line: break where the line ends.
    if (at < longest - 4 || !goodBreak(rest, at)) at = longest;
    pieces.push(`${rest.slice(0, at)}-`);
    rest = rest.slice(at);
  }
  return [...pieces, rest];
}
