import { createAdminActions } from './admin-actions';
import { openEventSession } from './event-session';
import { createGridActions } from './grid-actions';
import { createScheduleActions } from './schedule-actions';
import { useSession } from './session-context';

/**
 * The facilitator's session: the live event plus the actions only a facilitator has (set-up,
 * moderation, the grid, the scheduler). Lives in the facilitator's chunk, not the phone's.
 */
export function createAdminSession(eventId: string, token: string) {
  const { session, deps } = openEventSession(eventId, 'admin', token);
  return {
    ...session,
    admin: createAdminActions(deps),
    grid: createGridActions(deps),
    schedule: createScheduleActions(deps),
  };
}

export type AdminSession = ReturnType<typeof createAdminSession>;

/** The session of the facilitator's page, with its actions; outside that page, an error. */
export function useAdminSession(): AdminSession {
  const session = useSession();
  if (!('admin' in session)) throw new Error('useAdminSession() outside the facilitator page');
  return session as AdminSession;
}
