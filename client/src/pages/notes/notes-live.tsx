import { createEffect, createMemo, Match, onCleanup, Show, Switch } from 'solid-js';
import { notesSessionOf } from '../../../../shared/notes-session';
import { agendaVisible } from '../../../../shared/phases';
import type { Note } from '../../../../shared/schemas/note';
import { addNote, changeNote, fetchNotes } from '../../api/notes-endpoints';
import { ApiError, isApiError } from '../../api/http';
import { AppHeader } from '../../components/app-header';
import { CenteredMessage } from '../../components/centered-message';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { t } from '../../i18n';
import { createEventSync } from '../../live/event-sync';
import { offlineNote } from '../../offline/offline-note';
import { createAdminStore } from '../../stores/admin-store';
import { createEventStore } from '../../stores/event-store';
import { createMeStore } from '../../stores/me-store';
import { errorText, showError } from '../../stores/toasts';
import { createNotesStore } from './notes-store';
import { NotesView } from './notes-view';
import { readNotesRecord, writeNotesRecord, type NotesRecord } from './stored-notes';

/** Answers that mean "no notes for you to read here", which the page says from the snapshot. */
const UNREADABLE = new Set(['unauthorized', 'forbidden', 'not_found']);

/**
 * The notes page's live state: the event's snapshot (the session's title, room, time and
 * hosts) and the session's notes, fetched after every snapshot and kept by the note facts.
 */
export function NotesLive(props: {
  eventId: string;
  joinCode: string;
  proposalId: string;
  token: string | null;
}) {
  // eslint-disable-next-line solid/reactivity -- NotesPage keys this component on its ids
  const { eventId, joinCode, proposalId, token } = props;
  const events = createEventStore();
  const me = createMeStore();
  const notes = createNotesStore();
  const sync = createEventSync({
    eventId,
    token,
    events,
    me,
    admin: createAdminStore(),
    acceptsVotePush: () => false,
    notes: {
      async load() {
        try {
          notes.load((await fetchNotes(eventId, proposalId, token)).notes);
        } catch (err) {
          if (!isApiError(err) || !UNREADABLE.has(err.code)) throw err;
          notes.load([]);
        }
      },
      // The facts tell of every session's notes; this page keeps its own session's.
      changed: (note) => note.proposalId === proposalId && notes.upsert(note),
      removed: (noteId) => notes.remove(noteId),
    },
  });
  onCleanup(() => sync.close());

  // The device's copy of this page, shown until the server answers: on a venue's Wi-Fi that is
  // gone, the notes read earlier are still there.
  const stored = readNotesRecord(joinCode, proposalId);
  const copy = stored?.event.id === eventId ? stored : null;
  const fromDevice = () => (sync.loaded() ? null : copy);
  const offlineWords = () => {
    const status = sync.status();
    const shown = fromDevice();
    return shown && (status === 'offline' || status === 'reconnecting')
      ? offlineNote(shown.savedAt, shown.event.timezone)
      : '';
  };

  const session = createMemo(() => {
    const { event, rooms, slots, proposals, placements } = events.state;
    return event
      ? notesSessionOf({ event, rooms, slots, proposals, placements }, proposalId)
      : null;
  });
  const role = () => me.state.role;
  const canWrite = () => {
    const event = events.state.event;
    if (!event || role() === 'viewer') return false;
    return role() === 'admin' || agendaVisible(event.phase, 'participant');
  };
  createEffect(() => {
    const title = session()?.title ?? fromDevice()?.session.title;
    if (title) document.title = `${t('notes.pageTitle', { title })} · ${t('app.name')}`;
  });
  // Kept whenever what the page shows changes (not on every tally the snapshot brings).
  let kept = '';
  createEffect(() => {
    const event = events.state.event;
    const s = session();
    if (!sync.loaded() || !event || !s) return;
    const record: NotesRecord = {
      savedAt: 0,
      event: { id: event.id, name: event.name, language: event.language, timezone: event.timezone },
      session: s,
      notes: [...notes.notes],
    };
    const text = JSON.stringify(record);
    if (text === kept) return;
    kept = text;
    writeNotesRecord(joinCode, proposalId, { ...record, savedAt: Date.now() });
  });

  /** A write's answer goes into the list at once; its fact, when it comes, changes nothing. */
  const attempt = async (write: () => Promise<{ note: Note }>) => {
    try {
      notes.upsert((await write()).note);
      return true;
    } catch (err) {
      showError(err);
      return false;
    }
  };
  const writer = token ?? '';
  const actions = {
    isMine: (note: Note) =>
      role() === 'admin' ? note.authorId === null : note.authorId === me.state.participant?.id,
    get canHide() {
      return role() === 'admin';
    },
    edit: (note: Note, text: string) =>
      attempt(() => changeNote(eventId, proposalId, writer, note.id, { text })),
    setHidden: (note: Note, hidden: boolean) =>
      attempt(() => changeNote(eventId, proposalId, writer, note.id, { hidden })),
  };

  return (
    <>
      <AppHeader title={events.state.event?.name ?? fromDevice()?.event.name}>
        <ConnectionIndicator status={sync.status()} />
      </AppHeader>
      {/* Always in the page, empty while live, so screen readers hear the note come and go. */}
      <div class="offline-note" role="status" data-testid="notes-offline">
        {offlineWords()}
      </div>
      <Switch
        fallback={
          <main class="page page--narrow">
            <CenteredMessage title={t('common.loading')} />
          </main>
        }
      >
        <Match when={sync.failure()}>
          {(failure) => (
            <main class="page page--narrow">
              <CenteredMessage
                title={t('notes.loadFailed')}
                body={errorText(new ApiError(0, failure(), ''))}
              />
            </main>
          )}
        </Match>
        <Match when={sync.loaded() && events.state.event}>
          {(event) => (
            <Show
              when={session()}
              fallback={
                <main class="page page--narrow">
                  <CenteredMessage title={t('notes.notFoundTitle')} body={t('notes.notFound')} />
                </main>
              }
            >
              {(s) => (
                <NotesView
                  session={s()}
                  joinCode={props.joinCode}
                  timeZone={event().timezone}
                  notes={notes.notes}
                  role={role()}
                  canWrite={canWrite()}
                  actions={actions}
                  add={(text) => attempt(() => addNote(eventId, proposalId, writer, text))}
                />
              )}
            </Show>
          )}
        </Match>
        <Match when={fromDevice()}>
          {(shown) => (
            <NotesView
              session={shown().session}
              joinCode={props.joinCode}
              timeZone={shown().event.timezone}
              notes={shown().notes}
              role="viewer"
              canWrite={false}
              fromDevice
              actions={{ isMine: () => false, canHide: false, edit: none, setHidden: none }}
              add={none}
            />
          )}
        </Match>
      </Switch>
    </>
  );
}

/** What the device's copy answers to a write: nothing to write to without the server. */
const none = () => Promise.resolve(false);
