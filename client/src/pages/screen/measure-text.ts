import { createSignal, onCleanup, type Accessor } from 'solid-js';
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

export interface MeasuredBox {
  /** The element whose size and font a layout is planned for. */
  attach: (box: HTMLElement) => void;
  size: Accessor<{ width: number; height: number; viewportHeight: number } | null>;
  measureAt: Accessor<MeasureAt | null>;
}

/** A box's size as it changes, and text widths in its font, for planning a layout in px. */
export function createMeasuredBox(): MeasuredBox {
  const [size, setSize] = createSignal<ReturnType<MeasuredBox['size']>>(null);
  const [measureAt, setMeasureAt] = createSignal<MeasureAt | null>(null);
  let family = '';
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    // Read once the box is in the page: a detached element has no computed font.
    if (!family) {
      family = getComputedStyle(entry.target).fontFamily;
      setMeasureAt(() => canvasMeasure(family));
    }
    const { width, height } = entry.contentRect;
    setSize({ width, height, viewportHeight: window.innerHeight });
  });
  onCleanup(() => observer.disconnect());
  // Widths measured before the fonts arrived would be of a fallback font.
  void document.fonts?.ready.then(() => family && setMeasureAt(() => canvasMeasure(family)));
  return {
    attach(box) {
      observer.disconnect();
      observer.observe(box);
    },
    size,
    measureAt,
  };
}
