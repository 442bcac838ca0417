import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserChoice, launchBrowser } from '../support/browser';

/**
 * Ink of each letter drawn on a canvas in the page's sans-serif, as rows of 0/1. A browser
 * without usable fonts draws nothing; one whose font lacks a letter draws a box instead.
 */
async function inkRows(browser: Browser, letters: string[]): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  await page.setContent('<html lang="sv"><body><canvas width="48" height="64"></canvas></body>');
  const ink = await page.evaluate((all) => {
    const canvas = document.querySelector('canvas') as HTMLCanvasElement;
    const g = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    g.font = '40px sans-serif';
    const out: Record<string, string[]> = {};
    for (const letter of all) {
      g.clearRect(0, 0, canvas.width, canvas.height);
      g.fillText(letter, 4, 52);
      const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
      const rows: string[] = [];
      for (let y = 0; y < canvas.height; y++) {
        let row = '';
        for (let x = 0; x < canvas.width; x++)
          row += data[(y * canvas.width + x) * 4 + 3]! > 127 ? 1 : 0;
        rows.push(row);
      }
      out[letter] = rows;
    }
    return out;
  }, letters);
  await page.close();
  return ink;
}

const firstInked = (rows: string[]) => rows.findIndex((row) => row.includes('1'));
const lastInked = (rows: string[]) => rows.findLastIndex((row) => row.includes('1'));

/** Share of the inked cells that differ between two drawings (edges antialias differently). */
function difference(a: string[], b: string[]): number {
  let inked = 0;
  let differ = 0;
  a.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (row[x] === '1' || b[y]![x] === '1') inked++;
      if (row[x] !== b[y]![x]) differ++;
    }
  });
  return differ / inked;
}

// The npm Chromium always, so that the fallback for machines without Debian's stays tested.
describe.each([...new Set(['npm', browserChoice()])])('Chromium %s', (choice) => {
  let browser: Browser;
  afterAll(() => browser?.close());

  it('draws Swedish letters: the base letter with its ring or dots above', async () => {
    browser = await launchBrowser(choice);
    const ink = await inkRows(browser, ['a', 'o', 'A', 'O', 'å', 'ä', 'ö', 'Å', 'Ä', 'Ö']);
    for (const [marked, base] of [
      ['å', 'a'],
      ['ä', 'a'],
      ['ö', 'o'],
      ['Å', 'A'],
      ['Ä', 'A'],
      ['Ö', 'O'],
    ] as const) {
      const top = firstInked(ink[base]!);
      expect(top, `${base} has ink`).toBeGreaterThan(0);
      expect(firstInked(ink[marked]!), `${marked} has a mark above ${base}`).toBeLessThan(top);
      // Å's ring may touch the A: compare the lower half only.
      const middle = Math.ceil((top + lastInked(ink[base]!)) / 2);
      const below = difference(ink[marked]!.slice(middle), ink[base]!.slice(middle));
      expect(below, `${marked} is ${base} below`).toBeLessThan(0.2);
    }
  });
});
