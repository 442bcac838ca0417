import * as api from '../api/endpoints';
import { isApiError } from '../api/http';
import type { Phase } from '../../../shared/phases';
import type { UpdateEvent } from '../../../shared/schemas/event';
import { showError } from '../stores/toasts';
import type { RoomInput, RoomPatch } from '../../../shared/schemas/room';
import type { SlotInput, SlotPatch } from '../../../shared/schemas/slot';
import { attempt } from './attempt';
import type { ActionDeps } from './participant-actions';

/**
 * The facilitator's commands. Answers are applied at once (the pushes that follow are
 * idempotent upserts), so the facilitator sees their change even on a lagging socket.
 */
export function createAdminActions(deps: ActionDeps) {
  const { eventId, events } = deps;
  const token = deps.token ?? '';

  return {
    async updateEvent(patch: UpdateEvent) {
      const res = await attempt(() => api.updateEvent(eventId, token, patch));
      if (!res) return undefined;
      events.setEvent(res.event);
      if ('phase' in patch || 'blindVoting' in patch) void deps.resync();
      return res.event;
    },

    /**
     * Moves the phase from `from` to `to`, only if no other facilitator has moved it meanwhile:
     * `changed` then, with the error shown and nothing overwritten.
     */
    async changePhase(from: Phase, to: Phase): Promise<'done' | 'changed' | 'failed'> {
      try {
        const res = await api.updateEvent(eventId, token, { phase: to, ifPhase: from });
        events.setEvent(res.event);
        void deps.resync();
        return 'done';
      } catch (err) {
        showError(err);
        if (!isApiError(err) || err.code !== 'phase_changed') return 'failed';
        void deps.resync();
        return 'changed';
      }
    },

    async addRoom(input: RoomInput) {
      const res = await attempt(() => api.createRoom(eventId, token, input));
      if (res) events.upsertRoom(res.room);
      return res?.room;
    },

    async editRoom(roomId: string, patch: RoomPatch) {
      const res = await attempt(() => api.updateRoom(eventId, token, roomId, patch));
      if (res) events.upsertRoom(res.room);
      return res?.room;
    },

    async removeRoom(roomId: string) {
      const res = await attempt(() => api.deleteRoom(eventId, token, roomId).then(() => true));
      if (res) events.removeRoom(roomId);
      return res === true;
    },

    async addSlots(slots: SlotInput[]) {
      const res = await attempt(() =>
        slots.length === 1
          ? api.createSlot(eventId, token, slots[0]!).then((r) => [r.slot])
          : api.createSlots(eventId, token, slots).then((r) => r.slots),
      );
      if (res) events.upsertSlots(res);
      return res;
    },

    async editSlot(slotId: string, patch: SlotPatch) {
      const res = await attempt(() => api.updateSlot(eventId, token, slotId, patch));
      if (res) events.upsertSlots([res.slot]);
      return res?.slot;
    },

    async removeSlot(slotId: string) {
      const res = await attempt(() => api.deleteSlot(eventId, token, slotId).then(() => true));
      if (res) events.removeSlot(slotId);
      return res === true;
    },

    async setHidden(proposalId: string, hidden: boolean) {
      const res = await attempt(() => api.updateProposal(eventId, token, proposalId, { hidden }));
      if (res) events.upsertProposal(res.proposal);
      return res?.proposal;
    },
  };
}
