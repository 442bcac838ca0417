import { For, Match, Show, Switch } from 'solid-js';
import type { NotesSession } from '../../../../shared/notes-session';
import type { Note } from '../../../../shared/schemas/note';
import { QrImage } from '../../components/qr-image';
import { t } from '../../i18n';
import { formatDayOf, formatTimeRange } from '../../i18n/format';
import { joinPath } from '../../links';
import { notesUrl } from '../../lib/notes-url';
import { NoteForm } from './note-form';
import { NoteItem, type NoteActions } from './note-item';

/** The session, then its notes in the order written, then the box to add one. */
export function NotesView(props: {
  session: NotesSession;
  joinCode: string;
  timeZone: string;
  notes: readonly Note[];
  role: 'admin' | 'participant' | 'viewer';
  canWrite: boolean;
  /** Shown from the device's copy: writing waits for the network. */
  fromDevice?: boolean;
  actions: NoteActions;
  add: (text: string) => Promise<boolean>;
}) {
  const when = () =>
    `${formatDayOf(props.session.startsAt, props.timeZone)} · ${formatTimeRange(
      props.session.startsAt,
      props.session.endsAt,
      props.timeZone,
    )}`;

  return (
    <main class="page page--narrow notes" data-testid="notes-page">
      <header class="notes-head">
        <div class="notes-head__text">
          <p class="notes-head__eyebrow">{t('notes.eyebrow')}</p>
          <h1 class="notes-head__title" data-testid="notes-title">
            {props.session.title}
          </h1>
          <p class="notes-head__where" data-testid="notes-where">
            <span class="notes-head__room">{props.session.room}</span>
            <span aria-hidden="true"> · </span>
            <span class="notes-head__when">{when()}</span>
          </p>
          <Show when={props.session.hosts.length > 0}>
            <p class="notes-head__hosts">
              {t('notes.hosts', {
                count: props.session.hosts.length,
                hosts: props.session.hosts.join(', '),
              })}
            </p>
          </Show>
        </div>
        <figure class="notes-head__qr">
          <QrImage
            url={notesUrl(props.joinCode, props.session.id)}
            alt={t('notes.qrAlt')}
            size={96}
          />
          <figcaption class="notes-head__qr-hint">{t('notes.qrHint')}</figcaption>
        </figure>
      </header>

      <section class="notes-list" aria-labelledby="notes-heading">
        <h2 id="notes-heading" class="notes-list__heading">
          {t('notes.heading')}
          <span class="notes-list__count" data-testid="notes-count">
            {t('notes.count', { count: props.notes.length })}
          </span>
        </h2>
        <Show
          when={props.notes.length > 0}
          fallback={<p class="notes-list__empty">{t('notes.none')}</p>}
        >
          <ol class="notes-list__items" role="list" aria-live="polite" data-testid="notes-list">
            <For each={props.notes}>
              {(note) => <NoteItem note={note} timeZone={props.timeZone} actions={props.actions} />}
            </For>
          </ol>
        </Show>
      </section>

      <section class="notes-write card card--raised">
        <Switch>
          <Match when={props.fromDevice}>
            <p class="notes-write__note">{t('notes.writeOnline')}</p>
          </Match>
          <Match when={props.canWrite}>
            <NoteForm label="notes.label" submit="notes.submit" send={(text) => props.add(text)} />
          </Match>
          <Match when={props.role === 'viewer'}>
            <p class="notes-write__note">
              {t('notes.joinToWrite')} <a href={joinPath(props.joinCode)}>{t('notes.join')}</a>
            </p>
          </Match>
          <Match when={true}>
            <p class="notes-write__note">{t('notes.closedForWriting')}</p>
          </Match>
        </Switch>
      </section>

      <p class="notes-foot">
        <a href={`/proceedings/${encodeURIComponent(props.joinCode)}`}>{t('notes.proceedings')}</a>
      </p>
    </main>
  );
}
