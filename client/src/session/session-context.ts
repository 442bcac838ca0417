import { createContext, useContext } from 'solid-js';
import type { EventSession } from './event-session';

const SessionContext = createContext<EventSession>();

export const SessionProvider = SessionContext.Provider;

export function useSession(): EventSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside a <SessionProvider>');
  return session;
}
