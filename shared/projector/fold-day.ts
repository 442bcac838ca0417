import { nowAndNext, slotTense, type SlotTense, type Timed } from '../now-next';

export interface TensedSlot<S> {
  slot: S;
  tense: SlotTense;
}

export interface FoldedDay<S> {
  /** Slots that are over while the day still runs: the projector folds them into one line. */
  earlier: S[];
  /** The others in time order, each with its tense: now, next, later. */
  shown: TensedSlot<S>[];
}

/**
 * A day on the wall at `now`: what is over folds away so the running and the coming slots get
 * the space. Once nothing runs or comes any more the whole day stays, as a record of it.
 */
export function foldDay<S extends Timed>(slots: readonly S[], now: number): FoldedDay<S> {
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const nn = nowAndNext(sorted, now);
  const tensed = sorted.map((slot) => ({ slot, tense: slotTense(slot, now, nn) }));
  if (!nn.current && !nn.next) return { earlier: [], shown: tensed };
  return {
    earlier: tensed.filter((t) => t.tense === 'past').map((t) => t.slot),
    shown: tensed.filter((t) => t.tense !== 'past'),
  };
}
