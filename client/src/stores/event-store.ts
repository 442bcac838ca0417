import { batch } from 'solid-js';
import { createStore, produce, reconcile } from 'solid-js/store';
import type { Event } from '../../../shared/schemas/event';
import type { Placement } from '../../../shared/schemas/placement';
import type { Proposal } from '../../../shared/schemas/proposal';
import type { Room } from '../../../shared/schemas/room';
import type { Slot } from '../../../shared/schemas/slot';
import type { Snapshot } from '../../../shared/schemas/snapshot';

export interface EventState {
  event: Event | null;
  rooms: Room[];
  slots: Slot[];
  proposals: Proposal[];
  placements: Placement[];
  /** -1 until the first snapshot arrives. */
  version: number;
}

const byPosition = (a: Room, b: Room) => a.position - b.position;
const byStart = (a: Slot, b: Slot) => a.startsAt.localeCompare(b.startsAt);

function upsert<T extends { id: string }>(list: T[], item: T): void {
  const i = list.findIndex((x) => x.id === item.id);
  if (i === -1) list.push(item);
  else list[i] = item;
}

/** The event aggregate as this viewer may see it: fed by snapshots and by socket deltas. */
export function createEventStore() {
  const [state, setState] = createStore<EventState>({
    event: null,
    rooms: [],
    slots: [],
    proposals: [],
    placements: [],
    version: -1,
  });

  return {
    state,

    loadSnapshot(s: Snapshot) {
      batch(() => {
        setState('event', reconcile(s.event));
        setState('rooms', reconcile(s.rooms, { key: 'id' }));
        setState('slots', reconcile(s.slots, { key: 'id' }));
        setState('proposals', reconcile(s.proposals, { key: 'id' }));
        setState('placements', reconcile(s.placements, { key: 'proposalId' }));
        setState('version', s.version);
      });
    },

    setVersion: (version: number) => setState('version', version),

    setEvent: (event: Event) => setState('event', reconcile(event)),

    upsertRoom: (room: Room) =>
      setState(
        'rooms',
        produce((rooms) => {
          upsert(rooms, room);
          rooms.sort(byPosition);
        }),
      ),

    removeRoom: (roomId: string) =>
      setState('rooms', (rooms) => rooms.filter((r) => r.id !== roomId)),

    upsertSlots: (slots: Slot[]) =>
      setState(
        'slots',
        produce((list) => {
          for (const slot of slots) upsert(list, slot);
          list.sort(byStart);
        }),
      ),

    removeSlot: (slotId: string) =>
      setState('slots', (slots) => slots.filter((s) => s.id !== slotId)),

    upsertProposal: (proposal: Proposal) =>
      setState(
        'proposals',
        produce((list) => upsert(list, proposal)),
      ),

    removeProposal: (proposalId: string) =>
      setState('proposals', (list) => list.filter((p) => p.id !== proposalId)),

    setTally: (proposalId: string, dots: number | null, voters: number | null) =>
      setState('proposals', (p) => p.id === proposalId, { dots, voters }),

    changePlacements: (placements: Placement[], removed: string[]) =>
      setState(
        'placements',
        produce((list) => {
          const gone = new Set([...removed, ...placements.map((p) => p.proposalId)]);
          const kept = list.filter((p) => !gone.has(p.proposalId));
          list.splice(0, list.length, ...kept, ...placements);
        }),
      ),
  };
}

export type EventStore = ReturnType<typeof createEventStore>;
