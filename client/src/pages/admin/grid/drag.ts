import { createSignal, onCleanup } from 'solid-js';

/** What is being dragged: a proposal, from the list or from a cell of the grid. */
export interface DragSource {
  proposalId: string;
  from: 'list' | 'grid';
}

export type DropTarget = { kind: 'cell'; roomId: string; slotId: string } | { kind: 'list' };

export interface DragState {
  source: DragSource;
  x: number;
  y: number;
  over: DropTarget | null;
}

/** A mouse drag starts after a small move, so a click stays a click. */
const MOUSE_SLOP_PX = 5;
/** A finger must rest this long before a drag starts; moving earlier scrolls instead. */
const TOUCH_HOLD_MS = 320;
const TOUCH_SLOP_PX = 8;
/** Near the edge of the scrolling area, the grid scrolls by itself while dragging. */
const EDGE_PX = 56;
const EDGE_SPEED = 18;

/** Drop targets carry `data-drop="cell"` (with `data-room-id`, `data-slot-id`) or `"list"`. */
function targetAt(x: number, y: number): DropTarget | null {
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop]');
  if (!el) return null;
  if (el.dataset.drop === 'list') return { kind: 'list' };
  const { roomId, slotId } = el.dataset;
  return roomId && slotId ? { kind: 'cell', roomId, slotId } : null;
}

export const sameTarget = (a: DropTarget | null, b: DropTarget | null) =>
  a === b ||
  (a?.kind === 'cell' && b?.kind === 'cell' && a.roomId === b.roomId && a.slotId === b.slotId) ||
  (a?.kind === 'list' && b?.kind === 'list');

/**
 * Drag and drop on pointer events, for mouse, pen and touch alike. Touch needs a short hold,
 * so a swipe still scrolls the grid and the list; after that, the page stays still and the
 * grid scrolls when the finger nears its edge.
 */
export function createDragController(opts: {
  onDrop: (source: DragSource, target: DropTarget) => void;
  onStart?: (source: DragSource) => void;
  /** The area that scrolls by itself near its edges. */
  scrollArea: () => HTMLElement | undefined;
}) {
  const [drag, setDrag] = createSignal<DragState | null>(null);
  let detach: (() => void) | null = null;

  function begin(source: DragSource, x: number, y: number) {
    setDrag({ source, x, y, over: targetAt(x, y) });
    opts.onStart?.(source);
  }

  function autoScroll() {
    const state = drag();
    const area = opts.scrollArea();
    if (!state || !area) return;
    const r = area.getBoundingClientRect();
    const inside =
      state.x >= r.left && state.x <= r.right && state.y >= r.top && state.y <= r.bottom;
    if (inside) {
      const dx =
        state.x < r.left + EDGE_PX ? -EDGE_SPEED : state.x > r.right - EDGE_PX ? EDGE_SPEED : 0;
      const dy =
        state.y < r.top + EDGE_PX ? -EDGE_SPEED : state.y > r.bottom - EDGE_PX ? EDGE_SPEED : 0;
      if (dx || dy) {
        area.scrollBy(dx, dy);
        // What lies under a still pointer changes as the grid moves beneath it.
        setDrag({ ...state, over: targetAt(state.x, state.y) });
      }
    }
    frame = requestAnimationFrame(autoScroll);
  }
  let frame = 0;

  /** Call from a draggable's `onPointerDown`. */
  function pointerDown(e: PointerEvent, source: DragSource) {
    if (!e.isPrimary || (e.pointerType === 'mouse' && e.button !== 0) || detach) return;
    const touch = e.pointerType === 'touch';
    const start = { x: e.clientX, y: e.clientY };
    let holdTimer: ReturnType<typeof setTimeout> | undefined;
    let holding = touch;

    const activate = (x: number, y: number) => {
      begin(source, x, y);
      // Keep the pointer's events coming, also when it leaves the window mid-drag.
      try {
        (e.target as Element).setPointerCapture(e.pointerId);
      } catch {
        // The element is gone or the pointer already up: the window listeners still hear it.
      }
      frame = requestAnimationFrame(autoScroll);
    };
    if (touch) {
      holdTimer = setTimeout(() => {
        holding = false;
        activate(start.x, start.y);
      }, TOUCH_HOLD_MS);
    }

    const move = (ev: PointerEvent) => {
      if (ev.pointerId !== e.pointerId) return;
      const state = drag();
      if (!state) {
        const dist = Math.hypot(ev.clientX - start.x, ev.clientY - start.y);
        if (holding && dist > TOUCH_SLOP_PX) end(false);
        else if (!touch && dist > MOUSE_SLOP_PX) activate(ev.clientX, ev.clientY);
        return;
      }
      setDrag({ ...state, x: ev.clientX, y: ev.clientY, over: targetAt(ev.clientX, ev.clientY) });
    };
    const up = (ev: PointerEvent) => {
      if (ev.pointerId === e.pointerId) end(true, true);
    };
    const cancel = (ev: PointerEvent) => {
      if (ev.pointerId === e.pointerId) end(false, true);
    };
    // Once a finger drag has begun, the page must not scroll or zoom under it.
    const stillTouch = (ev: TouchEvent) => {
      if (drag()) ev.preventDefault();
    };
    const key = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape' && drag()) {
        ev.preventDefault();
        ev.stopPropagation();
        end(false);
      }
    };
    // A long press would otherwise open the context menu or the text magnifier.
    const menu = (ev: Event) => {
      if (touch) ev.preventDefault();
    };

    /** `released`: the pointer is up; otherwise (Escape, lost focus) it is still pressed. */
    function end(drop: boolean, released = false) {
      clearTimeout(holdTimer);
      cancelAnimationFrame(frame);
      const state = drag();
      detach?.();
      detach = null;
      setDrag(null);
      if (!state) return;
      // The click that follows a drag's release is not a click on the card or the cell.
      const swallow = (ev: MouseEvent) => {
        ev.stopPropagation();
        ev.preventDefault();
      };
      const stopSwallowing = () =>
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }));
      window.addEventListener('click', swallow, { capture: true, once: true });
      if (released) stopSwallowing();
      else {
        const later = (ev: PointerEvent) => {
          if (ev.pointerId !== e.pointerId) return;
          window.removeEventListener('pointerup', later, true);
          stopSwallowing();
        };
        window.addEventListener('pointerup', later, true);
      }
      if (drop && state.over) opts.onDrop(state.source, state.over);
    }

    const listening = new AbortController();
    const { signal } = listening;
    window.addEventListener('pointermove', move, { signal });
    window.addEventListener('pointerup', up, { signal });
    window.addEventListener('pointercancel', cancel, { signal });
    window.addEventListener('touchmove', stillTouch, { passive: false, signal });
    window.addEventListener('keydown', key, { capture: true, signal });
    window.addEventListener('contextmenu', menu, { signal });
    window.addEventListener('blur', () => end(false, true), { signal });
    detach = () => listening.abort();
  }

  onCleanup(() => {
    detach?.();
    cancelAnimationFrame(frame);
  });

  return { drag, pointerDown };
}

export type DragController = ReturnType<typeof createDragController>;
