import type { Placement } from '../../shared/schemas/placement';
import type { Proposal } from '../../shared/schemas/proposal';
import type { Room } from '../../shared/schemas/room';
import type { Slot } from '../../shared/schemas/slot';

// The pieces of a published agenda, on 2026-11-27 (UTC), for the pure agenda logic's tests.

export const slot = (
  id: string,
  from: string,
  to: string,
  kind: Slot['kind'] = 'session',
): Slot => ({
  id,
  startsAt: `2026-11-27T${from}:00.000Z`,
  endsAt: `2026-11-27T${to}:00.000Z`,
  kind,
  label: kind === 'break' ? 'Lunch' : '',
});
export const at = (time: string, day = '2026-11-27') => Date.parse(`${day}T${time}:00Z`);

export const room = (id: string, position: number): Room => ({
  id,
  name: id,
  capacity: 20,
  notes: '',
  position,
});
export const proposal = (id: string): Proposal => ({
  id,
  title: `Session ${id}`,
  description: '',
  hosts: [],
  format: 'discussion',
  authorId: null,
  dots: 0,
  voters: 0,
  hidden: false,
  createdAt: '2026-11-27T07:00:00.000Z',
  updatedAt: '2026-11-27T07:00:00.000Z',
});
export const place = (proposalId: string, slotId: string, roomId: string): Placement => ({
  proposalId,
  slotId,
  roomId,
  pinned: false,
});
