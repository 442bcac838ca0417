import { createSignal, Show } from 'solid-js';
import type { Note } from '../../../../shared/schemas/note';
import { t } from '../../i18n';
import { formatTime } from '../../i18n/format';
import { NoteForm } from './note-form';
import { NoteText } from './note-text';

/** What a note's reader may do with it: its author edits, a facilitator hides or shows it. */
export interface NoteActions {
  isMine: (note: Note) => boolean;
  canHide: boolean;
  edit: (note: Note, text: string) => Promise<boolean>;
  setHidden: (note: Note, hidden: boolean) => Promise<boolean>;
}

export function NoteItem(props: { note: Note; timeZone: string; actions: NoteActions }) {
  const [editing, setEditing] = createSignal(false);
  const mine = () => props.actions.isMine(props.note);
  const author = () =>
    props.note.authorName ??
    (props.note.authorId === null ? t('notes.facilitator') : t('notes.anonymous'));
  const edited = () => props.note.updatedAt !== props.note.createdAt && !props.note.hidden;

  return (
    <li
      class="note"
      classList={{ 'note--hidden': props.note.hidden, 'note--mine': mine() }}
      data-testid="note"
      data-note-id={props.note.id}
    >
      <p class="note__meta">
        <span class="note__author" data-testid="note-author">
          {author()}
        </span>
        <Show when={mine()}>
          <span class="note__you"> {t('notes.you')}</span>
        </Show>
        <span aria-hidden="true"> · </span>
        <time dateTime={props.note.createdAt}>
          {formatTime(props.note.createdAt, props.timeZone)}
        </time>
        <Show when={edited()}>
          <span class="note__edited"> · {t('notes.edited')}</span>
        </Show>
      </p>
      <Show when={props.note.hidden}>
        <p class="note__hidden-mark" data-testid="note-hidden">
          {t('notes.hiddenMark')}
        </p>
      </Show>
      <Show when={editing()} fallback={<NoteText text={props.note.text} />}>
        <NoteForm
          label="notes.editLabel"
          submit="common.save"
          initial={props.note.text}
          send={(text) =>
            props.actions.edit(props.note, text).then((ok) => {
              if (ok) setEditing(false);
              return ok;
            })
          }
          onCancel={() => setEditing(false)}
        />
      </Show>
      <Show when={!editing() && (mine() || props.actions.canHide)}>
        <div class="note__actions">
          <Show when={mine() && !props.note.hidden}>
            <button
              type="button"
              class="button button--ghost button--small"
              onClick={() => setEditing(true)}
              data-testid="note-edit"
            >
              {t('common.edit')}
            </button>
          </Show>
          <Show when={props.actions.canHide}>
            <button
              type="button"
              class="button button--ghost button--small"
              onClick={() => void props.actions.setHidden(props.note, !props.note.hidden)}
              data-testid="note-hide"
            >
              {props.note.hidden ? t('notes.unhide') : t('notes.hide')}
            </button>
          </Show>
        </div>
      </Show>
    </li>
  );
}
