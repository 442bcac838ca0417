/**
 * How a door sheet shrinks to stay on its one page: every size on it (type, QR codes, spacing)
 * is its full size times a fit, the `--fit` of doors.css. A normal day (six sessions, lunch and
 * a coffee break) fits at 1; a longer day or long titles step down until the sheet fits.
 * Below the last step the QR codes (27 mm at 1) would be too small to scan from a step away:
 * a day that does not fit even then runs onto a second page, whole rows only.
 */
export const FITS = [1, 0.9, 0.8, 0.72, 0.64, 0.56] as const;

/** The largest fit at which `heightAt(fit)` is at most `available`, else the smallest. */
export function largestFit(heightAt: (fit: number) => number, available: number): number {
  let fit: number = FITS[0];
  for (fit of FITS) if (heightAt(fit) <= available) return fit;
  return fit;
}

/** A little room to spare, so that rounding between screen and paper never adds a page. */
const SPARE_PX = 8;

/**
 * Fits a sheet as laid out now: `sheet` is the A4 page (its padding the print margins), and
 * `content` everything on it. The screen lays the sheet out at its printed size (a preview only
 * scales it with a transform, which leaves layout alone), so what fits here fits on paper.
 */
export function fitSheet(sheet: HTMLElement, content: HTMLElement): void {
  const style = getComputedStyle(sheet);
  const available =
    sheet.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - SPARE_PX;
  const fit = largestFit((f) => {
    sheet.style.setProperty('--fit', String(f));
    return content.offsetHeight;
  }, available);
  sheet.style.setProperty('--fit', String(fit));
  sheet.dataset.fit = String(fit);
}
