import { indexAgenda, sessionsInSlot, type AgendaInput } from './agenda';
import { nowAndNext, slotTense, type SlotTense } from './now-next';
import type { Proposal } from './schemas/proposal';
import type { Room } from './schemas/room';
import type { Slot } from './schemas/slot';

export interface MyDayInput extends AgendaInput {
  rooms: readonly Room[];
  /** The sessions I starred. */
  starred: readonly string[];
  /** Me: the sessions I pitched are the ones I host. Null for a viewer without a token. */
  participantId: string | null;
  now: number;
}

/** One session of my day: where and when, why it is mine, and whether it collides. */
export interface MyDayEntry {
  slot: Slot;
  room: Room;
  proposal: Proposal;
  starred: boolean;
  hosting: boolean;
  /** Another of my sessions runs in the same slot: I cannot be at both. */
  clash: boolean;
  tense: SlotTense;
}

/**
 * My starred and hosted sessions of the published agenda, by time, then room. `now` and
 * `next` are counted over my sessions' slots only: "next" is where I go next, not what the
 * whole event runs next.
 */
export function myDay(input: MyDayInput): MyDayEntry[] {
  const starred = new Set(input.starred);
  const index = indexAgenda(input);
  const slots = [...input.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const mine = slots.flatMap((slot) =>
    sessionsInSlot(slot.id, input.rooms, index)
      .map(({ room, proposal }) => ({
        slot,
        room,
        proposal,
        starred: starred.has(proposal.id),
        hosting: input.participantId !== null && proposal.authorId === input.participantId,
      }))
      .filter((e) => e.starred || e.hosting),
  );
  const perSlot = new Map<string, number>();
  for (const e of mine) perSlot.set(e.slot.id, (perSlot.get(e.slot.id) ?? 0) + 1);
  const mySlots = slots.filter((s) => perSlot.has(s.id));
  const nn = nowAndNext(mySlots, input.now);
  return mine.map((e) => ({
    ...e,
    clash: perSlot.get(e.slot.id)! > 1,
    tense: slotTense(e.slot, input.now, nn),
  }));
}
