import { For, Show } from 'solid-js';
import { sessionAnchor, type ProceedingsEntry } from '../../../../shared/proceedings';
import { t } from '../../i18n';
import { notesPath } from '../../lib/notes-url';
import { NoteText } from '../notes/note-text';

/**
 * One session of the proceedings: where, what, who, what the pitch said, its notes, and its
 * dots. The notes go under the description, above the dots, so that each session's record stays
 * in one piece on paper; a link leads to its notes page, to add more.
 */
export function ProceedingsSession(props: { session: ProceedingsEntry; joinCode: string }) {
  return (
    <li
      id={sessionAnchor(props.session.id)}
      class="proceedings-session"
      // The session a QR code led to stands out (the page has no live hash changes to follow).
      classList={{
        'proceedings-session--linked': location.hash === `#${sessionAnchor(props.session.id)}`,
      }}
      data-testid="proceedings-session"
      data-session-id={props.session.id}
    >
      <p class="proceedings-session__where">
        <span class="proceedings-session__room" data-testid="proceedings-room">
          {props.session.room}
        </span>
        <span class="proceedings-session__format">{t(`format.${props.session.format}`)}</span>
      </p>
      <h4 class="proceedings-session__title">{props.session.title}</h4>
      <Show when={props.session.hosts.length > 0}>
        <p class="proceedings-session__hosts" data-testid="proceedings-hosts">
          {t('proceedings.hosts', {
            count: props.session.hosts.length,
            hosts: props.session.hosts.join(', '),
          })}
        </p>
      </Show>
      <Show when={props.session.description}>
        <p class="proceedings-session__description">{props.session.description}</p>
      </Show>
      <Show when={props.session.notes.length > 0}>
        <ul class="proceedings-notes" role="list" data-testid="proceedings-notes">
          <For each={props.session.notes}>
            {(note) => (
              <li class="proceedings-note" data-testid="proceedings-note">
                <span class="proceedings-note__author">
                  {note.authorName ?? t('notes.anonymous')}
                </span>
                <NoteText text={note.text} />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <a
        class="proceedings-session__notes-link"
        href={notesPath(props.joinCode, props.session.id)}
        data-testid="proceedings-notes-link"
      >
        {t('notes.onProceedings', { count: props.session.notes.length })}
      </a>
      <Show when={props.session.tally}>
        {(tally) => (
          <p
            class="proceedings-session__dots"
            data-testid="proceedings-dots"
            data-dots={tally().dots}
            data-voters={tally().voters}
          >
            <span class="tally__dot" aria-hidden="true" />
            {t('tally.dots', { count: tally().dots })}
            <Show when={tally().voters > 0}> {t('tally.voters', { count: tally().voters })}</Show>
          </p>
        )}
      </Show>
    </li>
  );
}
