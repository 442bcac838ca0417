/**
 * A note's text in pieces: plain text, and web addresses to show as links. The pages build
 * text nodes and <a> elements from these, so nothing a person typed is ever read as HTML.
 */
export type NotePiece = { kind: 'text'; text: string } | { kind: 'link'; href: string };

/** http(s) addresses up to the next space or character that cannot end a typed address. */
const ADDRESS = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Sentence punctuation right after an address belongs to the sentence, not the address. */
const TRAILING = /[.,;:!?'»”’]+$/;

/** Drops trailing punctuation, and a closing bracket the address did not open. */
function trimAddress(raw: string): string {
  let url = raw.replace(TRAILING, '');
  while (url.endsWith(')') && count(url, '(') < count(url, ')')) {
    url = url.slice(0, -1).replace(TRAILING, '');
  }
  return url;
}

const count = (s: string, c: string) => s.split(c).length - 1;

export function splitLinks(text: string): NotePiece[] {
  const pieces: NotePiece[] = [];
  let at = 0;
  const addText = (end: number) => {
    if (end > at) pieces.push({ kind: 'text', text: text.slice(at, end) });
  };
  for (const match of text.matchAll(ADDRESS)) {
    const href = trimAddress(match[0]);
    // "https://" alone, or with only punctuation after it, is not an address.
    if (!/^https?:\/\/[^/?#]+/i.test(href)) continue;
    addText(match.index);
    pieces.push({ kind: 'link', href });
    at = match.index + href.length;
  }
  addText(text.length);
  return pieces;
}
