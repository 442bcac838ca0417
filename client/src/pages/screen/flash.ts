import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';

export const FLASH_MS = 1500;

/**
 * True for a moment after `what` changes, so a changed cell can glow and catch the eye. Not on
 * the first render, nor while `armed` says no: a screen that just loaded has nothing "new".
 */
export function createFlash(what: () => string, armed?: () => boolean): Accessor<boolean> {
  const key = createMemo(what);
  const [lit, setLit] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  createEffect(
    on(
      key,
      () => {
        if (armed && !armed()) return;
        // Off for one frame first, so a change during a glow restarts the animation.
        setLit(false);
        clearTimeout(timer);
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          setLit(true);
          timer = setTimeout(() => setLit(false), FLASH_MS);
        });
      },
      { defer: true },
    ),
  );
  onCleanup(() => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  });
  return lit;
}

/**
 * False at first and for a while after `shown` changes: when a whole agenda appears at once
 * (the facilitator publishes it) or the board switches to blind voting, nothing is "new".
 */
export function createSettled(shown: () => unknown, delayMs = 1000): Accessor<boolean> {
  const [settled, setSettled] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Only a new value counts, not every change of what it is worked out from.
  const value = createMemo(shown);
  createEffect(
    on(value, () => {
      setSettled(false);
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(true), delayMs);
    }),
  );
  onCleanup(() => clearTimeout(timer));
  return settled;
}
