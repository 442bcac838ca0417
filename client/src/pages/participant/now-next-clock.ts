import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { nowOverride } from '../../lib/url-overrides';

const TICK_MS = 15_000;

/**
 * "Now" as a signal that ticks on every quarter minute, so the clock and the now/next marks
 * move on time. A `?now=2026-11-27T10:05:00Z` query parameter freezes it at that instant: tests
 * and screenshots use it to show a chosen moment of the day.
 */
export function createNow(): Accessor<number> {
  const fixed = nowOverride(location.search);
  if (fixed !== null) return () => fixed;
  const [now, setNow] = createSignal(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    setNow(Date.now());
    timer = setTimeout(tick, TICK_MS - (Date.now() % TICK_MS));
  };
  timer = setTimeout(tick, TICK_MS - (Date.now() % TICK_MS));
  onCleanup(() => clearTimeout(timer));
  return now;
}
