import type { Role } from '../../shared/phases';

export interface SocketData {
  eventId: string;
  role: Role | 'viewer';
  participantId: string | null;
}
