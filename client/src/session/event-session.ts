import { createEffect, onCleanup } from 'solid-js';
import { createEventSync } from '../live/event-sync';
import { createAdminStore } from '../stores/admin-store';
import { createEventStore } from '../stores/event-store';
import { createMeStore } from '../stores/me-store';
import { rememberEvent } from '../stores/my-events';
import { createParticipantActions } from './participant-actions';

export type SessionRole = 'participant' | 'admin' | 'viewer';

/**
 * Everything a live page needs about one event: the stores, the connection and the actions.
 * Created inside a component; the connection closes with it. The facilitator's actions are
 * added in `admin-session.ts`, so that the phone's first load does not carry them.
 */
export function createEventSession(eventId: string, role: SessionRole, token: string | null) {
  return openEventSession(eventId, role, token).session;
}

/** The session and what actions are built from: `createAdminSession` adds its own on top. */
export function openEventSession(eventId: string, role: SessionRole, token: string | null) {
  const events = createEventStore();
  const me = createMeStore();
  const adminView = createAdminStore();
  const sync = createEventSync({
    eventId,
    token,
    events,
    me,
    admin: adminView,
    acceptsVotePush: () => participant.acceptsVotePush(),
    keepOffline: role === 'participant',
  });
  const deps = { eventId, token, events, me, resync: sync.resync };
  const participant = createParticipantActions(deps);
  onCleanup(() => sync.close());
  // The home page leads back here, under the name the event has now.
  if (role !== 'viewer') {
    createEffect(() => {
      const event = events.state.event;
      if (event) rememberEvent(role, eventId, { name: event.name, date: event.date });
    });
  }

  const session = {
    eventId,
    role,
    /** Only on the facilitator's page, to show the admin link again. */
    adminToken: role === 'admin' ? token : null,
    state: events.state,
    me: me.state,
    /** Facilitators' view: ballots, avoid pairs, undo/redo availability. */
    adminView: adminView.state,
    dotsOn: me.dotsOn,
    setStar: me.setStar,
    setCalendarUrl: me.setCalendarUrl,
    status: sync.status,
    loaded: sync.loaded,
    failure: sync.failure,
    offlineNote: sync.offlineNote,
    ...participant,
  };
  return { session, deps: { ...deps, adminStore: adminView } };
}

export type EventSession = ReturnType<typeof createEventSession>;
