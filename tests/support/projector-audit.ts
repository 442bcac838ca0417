import type { Page } from 'playwright-core';

/** What one piece of text on the projector looks like in the browser, for the assertions. */
export interface TextAudit {
  full: string;
  shown: string;
  fontSize: number;
  /** Shown whole, or its first whole words and an ellipsis. */
  wholeWords: boolean;
  words: number;
  /** The text is wider than its box (it would be clipped). */
  clipped: boolean;
  /** Some word of it spreads over two lines. */
  brokenWord: string | null;
  /** Inside the window. */
  onScreen: boolean;
}

/**
 * Audits every element matching `selector` after the fonts are in and the layout has settled;
 * the full text comes from the element's `data-full`, or from `fullFrom` on an ancestor.
 */
export function auditTexts(page: Page, selector: string, fullFrom?: string): Promise<TextAudit[]> {
  return page.evaluate(
    async ([selector, fullFrom]) => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const BOUNDARY = /[\s,.:;!?–—)]/u;
      const wordsIn = (text: string) => text.split(/\s+/u).filter(Boolean);
      return [...document.querySelectorAll<HTMLElement>(selector!)].map((el) => {
        const full =
          (fullFrom ? el.closest<HTMLElement>(`[${fullFrom}]`)?.getAttribute(fullFrom) : null) ??
          el.dataset.full ??
          '';
        const shown = el.textContent ?? '';
        const prefix = shown.endsWith('…') ? shown.slice(0, -1) : shown;
        const wholeWords =
          shown === full ||
          (shown.endsWith('…') &&
            full.startsWith(prefix) &&
            BOUNDARY.test(full.charAt(prefix.length)));
        // Every word of the text should lie on one line: its client rects share a top.
        let brokenWord: string | null = null;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node as Text;
          for (const match of text.data.matchAll(/\S+/gu)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) brokenWord = match[0];
          }
        }
        const box = el.getBoundingClientRect();
        return {
          full,
          shown,
          fontSize: parseFloat(getComputedStyle(el).fontSize),
          wholeWords,
          words: wordsIn(prefix).length,
          clipped: el.scrollWidth > el.clientWidth + 0.5,
          brokenWord,
          onScreen:
            box.top >= 0 &&
            box.left >= 0 &&
            box.bottom <= window.innerHeight + 0.5 &&
            box.right <= window.innerWidth + 0.5,
        };
      });
    },
    [selector, fullFrom] as const,
  );
}

/** The texts that break a projector rule, with the reason, so a failure says which and why. */
export function unreadable(texts: TextAudit[], minSize: number, minWords = 3): string[] {
  return texts.flatMap((t) => {
    const why = [
      t.fontSize < minSize - 0.01 && `${t.fontSize}px`,
      !t.wholeWords && 'cut inside a word',
      !t.wholeWords || t.shown === t.full || t.words >= minWords ? null : `${t.words} words`,
      t.clipped && 'clipped',
      t.brokenWord && `"${t.brokenWord}" broken over lines`,
      !t.onScreen && 'off screen',
    ].filter(Boolean);
    return why.length ? [`${t.shown} (${t.full}): ${why.join(', ')}`] : [];
  });
}
