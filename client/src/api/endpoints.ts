import type {
  CreatedEvent,
  CreateEvent,
  Event,
  JoinCodeLookup,
  UpdateEvent,
} from '../../../shared/schemas/event';
import type { Joined } from '../../../shared/schemas/participant';
import type {
  Proposal,
  ProposalInput,
  ProposalPatch,
  VoteResult,
} from '../../../shared/schemas/proposal';
import type { Room, RoomInput, RoomPatch } from '../../../shared/schemas/room';
import type { Slot, SlotInput, SlotPatch } from '../../../shared/schemas/slot';
import type { Snapshot } from '../../../shared/schemas/snapshot';
import { request } from './http';

/** Every HTTP command and query of the API, typed by the shared contract. */

const ev = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;
const item = (eventId: string, kind: string, id: string) =>
  `${ev(eventId)}/${kind}/${encodeURIComponent(id)}`;

export const createEvent = (body: CreateEvent) =>
  request<CreatedEvent>('POST', '/api/events', { body });

/** A new event from an export (the JSON file, parsed) or from a CSV of rooms and slots. */
export const importEvent = (doc: unknown) =>
  request<CreatedEvent>('POST', '/api/events/import', { body: doc });

export const importRoomsSlotsCsv = (csv: string) =>
  request<CreatedEvent>('POST', '/api/events/import/csv', {
    text: { type: 'text/csv', content: csv },
  });

export const fetchSnapshot = (eventId: string, token: string | null) =>
  request<Snapshot>('GET', ev(eventId), { token });

export const updateEvent = (eventId: string, token: string, body: UpdateEvent) =>
  request<{ event: Event }>('PATCH', ev(eventId), { token, body });

export const lookUpJoinCode = (joinCode: string) =>
  request<JoinCodeLookup>('GET', `/api/codes/${encodeURIComponent(joinCode)}`);

export const join = (joinCode: string, name?: string) =>
  request<Joined>('POST', '/api/join', { body: { joinCode, ...(name ? { name } : {}) } });

export const createRoom = (eventId: string, token: string, body: RoomInput) =>
  request<{ room: Room }>('POST', `${ev(eventId)}/rooms`, { token, body });

export const updateRoom = (eventId: string, token: string, roomId: string, body: RoomPatch) =>
  request<{ room: Room }>('PATCH', item(eventId, 'rooms', roomId), { token, body });

export const deleteRoom = (eventId: string, token: string, roomId: string) =>
  request<void>('DELETE', item(eventId, 'rooms', roomId), { token });

export const createSlot = (eventId: string, token: string, body: SlotInput) =>
  request<{ slot: Slot }>('POST', `${ev(eventId)}/slots`, { token, body });

export const createSlots = (eventId: string, token: string, slots: SlotInput[]) =>
  request<{ slots: Slot[] }>('POST', `${ev(eventId)}/slots/batch`, { token, body: { slots } });

export const updateSlot = (eventId: string, token: string, slotId: string, body: SlotPatch) =>
  request<{ slot: Slot }>('PATCH', item(eventId, 'slots', slotId), { token, body });

export const deleteSlot = (eventId: string, token: string, slotId: string) =>
  request<void>('DELETE', item(eventId, 'slots', slotId), { token });

export const createProposal = (eventId: string, token: string, body: ProposalInput) =>
  request<{ proposal: Proposal }>('POST', `${ev(eventId)}/proposals`, { token, body });

export const updateProposal = (
  eventId: string,
  token: string,
  proposalId: string,
  body: ProposalPatch,
) =>
  request<{ proposal: Proposal }>('PATCH', item(eventId, 'proposals', proposalId), {
    token,
    body,
  });

export const setVote = (eventId: string, token: string, proposalId: string, dots: number) =>
  request<VoteResult>('PUT', `${item(eventId, 'proposals', proposalId)}/vote`, {
    token,
    body: { dots },
  });
