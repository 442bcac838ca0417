import type { Measure } from '../../../../shared/projector/word-fit';
import type { MeasureAt } from './grid-plan';

/**
 * Text widths from a canvas in the page's own font, remembered per font: the projector fits
 * every title of the day on each change, and most of them have not changed.
 */
export function canvasMeasure(fontFamily: string): MeasureAt {
  const context = document.createElement('canvas').getContext('2d');
  const fonts = new Map<string, Measure>();
  return (px, weight) => {
    const font = `${weight} ${px.toFixed(2)}px ${fontFamily}`;
    let measure = fonts.get(font);
    if (!measure) {
      const widths = new Map<string, number>();
      measure = (text) => {
        let width = widths.get(text);
        if (width === undefined) {
          if (!context) return text.length * px * 0.6;
          context.font = font;
          widths.set(text, (width = context.measureText(text).width));
        }
        return width;
      };
      fonts.set(font, measure);
    }
    return measure;
  };
}
