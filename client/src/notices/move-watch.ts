import { createEffect, createSignal, onCleanup } from 'solid-js';
import {
  moveNotices,
  seenSessions,
  type AgendaState,
  type SeenAgenda,
} from '../../../shared/move-notices';
import {
  addNotices,
  dismissNotice,
  mergeHistories,
  openNotices,
} from '../../../shared/notice-history';
import { agendaVisible } from '../../../shared/phases';
import { sessionsOfInterest, type MyInterest } from '../../../shared/sessions-of-interest';
import { readStored } from '../offline/stored-snapshot';
import type { EventSession } from '../session/event-session';
import { pruneRecords, readRecord, recordKey, writeRecord, type MoveRecord } from './move-record';

const viewOf = (state: AgendaState & { version: number }, me: MyInterest): SeenAgenda => ({
  version: state.version,
  sessions: seenSessions(state, sessionsOfInterest(me, state.proposals)),
});

/**
 * What the phone saw last: its own record, or, the first time this code runs for the event,
 * the snapshot the offline agenda kept on the device (what it showed before it was closed).
 */
function lastSeen(eventId: string): MoveRecord | null {
  const record = readRecord(eventId);
  if (record) return record;
  const copy = readStored(eventId)?.snapshot;
  const me = copy?.me;
  return copy && me?.role === 'participant' && agendaVisible(copy.event.phase, 'participant')
    ? { seen: viewOf(copy, me), history: [] }
    : null;
}

const sameSessions = (a: SeenAgenda, b: SeenAgenda) =>
  JSON.stringify(a.sessions) === JSON.stringify(b.sessions);

/**
 * Watches the published agenda for moves of my sessions (issue 9 §2), from versions: every
 * view the store shows (a push, a snapshot after a reconnect, the stored copy on opening) is
 * compared with the last one seen, so a phone that was offline or closed hears what it missed.
 */
export function createMoveWatch(session: EventSession) {
  const eventId = session.eventId;
  const start = lastSeen(eventId);
  let seen = start?.seen ?? null;
  const [history, setHistory] = createSignal(start?.history ?? []);
  // Another tab of the event keeps the same record: what it wrote is merged in, never
  // overwritten, so that a notice dismissed there stays dismissed here and after a reload.
  const takeStored = () => {
    const stored = readRecord(eventId);
    if (stored) setHistory((h) => mergeHistories(h, stored.history));
    return stored;
  };
  const save = () => {
    if (!seen) return;
    const stored = takeStored();
    const newer = stored && stored.seen.version > seen.version ? stored.seen : seen;
    writeRecord(eventId, { seen: newer, history: history() });
  };
  const fromOtherTab = (e: StorageEvent) => {
    if (e.key === recordKey(eventId)) takeStored();
  };
  window.addEventListener('storage', fromOtherTab);
  onCleanup(() => window.removeEventListener('storage', fromOtherTab));
  // Once per page, off the path of the first paint's work.
  setTimeout(() => pruneRecords(eventId), 0);

  createEffect(() => {
    const event = session.state.event;
    const me = session.me;
    if (!event || me.role !== 'participant' || !agendaVisible(event.phase, 'participant')) return;
    const now = viewOf(session.state, me);
    // A view older than the one seen: the stored copy shown until the server answers.
    if (seen && now.version < seen.version) return;
    const existing = new Set(session.state.proposals.map((p) => p.id));
    const fresh = seen ? moveNotices(seen, now, existing, event.timezone, Date.now()) : [];
    if (fresh.length > 0) setHistory((h) => addNotices(h, fresh));
    // Only a change is written: an unrelated fact (a tally) need not touch storage.
    if (!seen || fresh.length > 0 || !sameSessions(seen, now)) {
      seen = now;
      save();
    }
  });

  return {
    /** The notices not dismissed, newest first. */
    open: () => openNotices(history()),
    /** The last few notices, dismissed or not, newest first. */
    history,
    dismiss(id: string) {
      setHistory((h) => dismissNotice(h, id));
      save();
    },
  };
}

export type MoveWatch = ReturnType<typeof createMoveWatch>;
