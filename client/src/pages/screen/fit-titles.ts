import { onCleanup } from 'solid-js';
import { hyphenateWord } from './hyphenate';

/**
 * The projector's type scale, in fractions of the viewport height so 720p and 4K look alike.
 * The floor is 24 px at 1080p, readable from the back of a room; sparse grids go larger.
 */
const MIN_TITLE_VH = 2.25;
const MAX_TITLE_VH = 6.5;
const STEPS = 8;

const MEASURING = 'screen-grid--measuring';
const NO_HOSTS = 'screen-grid--no-hosts';

interface Cell {
  box: HTMLElement;
  title: HTMLElement;
  full: string;
}

const overflowsDown = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1;
const overflowsAcross = (el: HTMLElement) => el.scrollWidth > el.clientWidth + 1;

/** Solid owns the title's text node and updates its `data`; we only ever change it the same way. */
function setText(el: HTMLElement, text: string): void {
  const node = el.firstChild;
  if (node instanceof Text && node.data !== text) node.data = text;
}

let canvas: CanvasRenderingContext2D | null = null;

/**
 * Gives words too long for their line a hyphen where they break, as a hyphenating browser
 * would; `overflow-wrap` alone would split them anywhere, with no mark at all.
 */
function hyphenateLongWords(el: HTMLElement, text: string): string {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return text;
  const style = getComputedStyle(el);
  canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  // Canvas text runs a little narrower than laid-out text with its letter spacing.
  const room = el.clientWidth * 0.96;
  const fits = (piece: string) => canvas!.measureText(piece).width <= room;
  // A zero-width space after each added hyphen lets the line break exactly there.
  return text
    .split(' ')
    .map((word) => hyphenateWord(word, fits).join('\u200b'))
    .join(' ');
}

/**
 * Shortens a title to whole words and an ellipsis until it fits `maxHeight`. Lines hidden by a
 * CSS line clamp still paint their accents (Å, Ä) into the line above; cut text does not.
 */
function clampToWords(cell: Cell, maxHeight: number): void {
  // Words may not break anywhere while cutting, so "word…" too wide for its line shows up.
  cell.title.style.overflowWrap = 'normal';
  const fits = (text: string) => {
    setText(cell.title, text);
    return cell.title.scrollHeight <= maxHeight + 1 && !overflowsAcross(cell.title);
  };
  try {
    cutToFit(cell, fits);
  } finally {
    cell.title.style.overflowWrap = '';
  }
}

/** The largest `n` in [1, max] for which `ok(n)` holds, assuming it holds up to a point; 0 if none. */
function largest(max: number, ok: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Cuts at a word boundary where that keeps most of the text; otherwise inside a word (a word too
 * wide for its line, or cutting at a space would waste a line), always ending in an ellipsis.
 */
function cutToFit(cell: Cell, fits: (text: string) => boolean): void {
  if (fits(cell.full)) return;
  const tidy = (text: string) => `${text.replace(/[\s,;:.–—\u200b-]+$/u, '')}…`;
  const words = cell.full.split(/\s+/);
  const byWords = (n: number) => tidy(words.slice(0, n).join(' '));
  const byChars = (n: number) => tidy(cell.full.slice(0, n));
  const w = largest(words.length - 1, (n) => fits(byWords(n)));
  const c = largest(cell.full.length - 1, (n) => fits(byChars(n)));
  const text = w > 0 && byWords(w).length >= 0.6 * byChars(c).length ? byWords(w) : byChars(c);
  setText(cell.title, text);
}

/** Room for title lines in a cell: its height less padding and the hosts line. */
function titleRoom(cell: Cell): number {
  const style = getComputedStyle(cell.box);
  const hosts = cell.box.querySelector<HTMLElement>('.screen-cell__hosts');
  const hostsHeight = hosts?.offsetHeight
    ? hosts.offsetHeight + parseFloat(style.rowGap || '0')
    : 0;
  return (
    cell.box.clientHeight -
    parseFloat(style.paddingTop) -
    parseFloat(style.paddingBottom) -
    hostsHeight
  );
}

/**
 * The largest title size, between the floor and the ceiling, at which every session fits its
 * cell whole; the floor when none does.
 */
function chooseSize(grid: HTMLElement, cells: Cell[], set: (px: number) => void): number {
  const vh = window.innerHeight / 100;
  let lo = MIN_TITLE_VH * vh;
  let hi = MAX_TITLE_VH * vh;
  grid.classList.add(MEASURING);
  set(lo);
  // A word too long for its column even at the floor will have to break; it cannot decide.
  const unbreakable = new Set(cells.filter((c) => overflowsAcross(c.title)));
  const allFit = () =>
    cells.every((c) => !overflowsDown(c.box) && (unbreakable.has(c) || !overflowsAcross(c.title)));
  let size = lo;
  set(hi);
  if (allFit()) size = hi;
  else {
    set(lo);
    if (allFit()) {
      for (let i = 0; i < STEPS; i++) {
        const mid = (lo + hi) / 2;
        set(mid);
        if (allFit()) lo = mid;
        else hi = mid;
      }
      size = lo;
    }
  }
  set(size);
  grid.classList.remove(MEASURING);
  return size;
}

/**
 * Picks one title size for every session on the wall (so it reads evenly): the largest at which
 * all fit whole. When even the floor is too big, hosts give way on very full grids so titles get
 * two lines, and what still does not fit is cut to whole words with an ellipsis. Sets
 * `--title-size`; long words get a hyphen where they break.
 */
export function fitTitles(grid: HTMLElement): void {
  const cells: Cell[] = [];
  for (const box of grid.querySelectorAll<HTMLElement>('.screen-cell')) {
    const title = box.querySelector<HTMLElement>('.screen-cell__title');
    if (title) cells.push({ box, title, full: title.dataset.full ?? title.textContent ?? '' });
  }
  const set = (px: number) => grid.style.setProperty('--title-size', `${px.toFixed(2)}px`);
  for (const cell of cells) setText(cell.title, cell.full);
  grid.classList.remove(NO_HOSTS);

  chooseSize(grid, cells, set);
  const lineOf = (cell: Cell) => parseFloat(getComputedStyle(cell.title).lineHeight);
  const cramped = cells.find((c) => overflowsDown(c.box) && titleRoom(c) < 2 * lineOf(c));
  if (cramped) {
    grid.classList.add(NO_HOSTS);
    chooseSize(grid, cells, set);
  }

  for (const cell of cells) {
    cell.full = hyphenateLongWords(cell.title, cell.full);
    setText(cell.title, cell.full);
  }
  // Whatever still does not fit is cut to whole words, within the lines its cell has room for.
  for (const cell of cells) {
    if (!overflowsDown(cell.box)) continue;
    const line = lineOf(cell);
    clampToWords(cell, Math.max(1, Math.floor((titleRoom(cell) + 1) / line)) * line);
  }
  for (const name of grid.querySelectorAll<HTMLElement>('.screen-grid__room-name')) {
    const full = name.dataset.full ?? '';
    setText(name, full);
    setText(name, hyphenateLongWords(name, full));
  }
}

/**
 * Refits whenever the grid changes size or `schedule` is called after a content change; at most
 * once a frame, after the browser has laid the change out.
 */
export function createTitleFitter(grid: () => HTMLElement | undefined) {
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const el = grid();
      if (el) fitTitles(el);
    });
  };
  const observer = new ResizeObserver(schedule);
  void document.fonts?.ready.then(schedule);
  onCleanup(() => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  });
  return {
    observe(el: HTMLElement) {
      observer.disconnect();
      observer.observe(el);
    },
    schedule,
  };
}
