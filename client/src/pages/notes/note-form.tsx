import { createSignal, Show } from 'solid-js';
import { NOTE_MAX_LENGTH } from '../../../../shared/note-limits';
import { CharCounter } from '../../components/char-counter';
import { t, type MessageKey } from '../../i18n';

let formCount = 0;

/**
 * The box a note is written or edited in. Resolves its `send` before it clears: a note that
 * failed to go out stays in the box, to send again.
 */
export function NoteForm(props: {
  label: MessageKey;
  submit: MessageKey;
  initial?: string;
  send: (text: string) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = `note-form-${++formCount}`;
  const [text, setText] = createSignal(props.initial ?? '');
  const [sending, setSending] = createSignal(false);
  const blank = () => text().trim() === '';

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (blank() || sending()) return;
    setSending(true);
    const sent = await props.send(text()).finally(() => setSending(false));
    if (sent && props.initial === undefined) setText('');
  };

  return (
    <form class="note-form" onSubmit={(e) => void submit(e)} data-testid="note-form">
      <label class="field__label" for={id}>
        {t(props.label)}
      </label>
      <Show when={props.initial === undefined}>
        <p class="field__hint" id={`${id}-hint`}>
          {t('notes.hint')}
        </p>
      </Show>
      <textarea
        id={id}
        class="input note-form__text"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        placeholder={t('notes.placeholder')}
        aria-describedby={props.initial === undefined ? `${id}-hint` : undefined}
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
        data-testid="note-input"
      />
      <CharCounter length={text().length} max={NOTE_MAX_LENGTH} />
      <div class="note-form__actions">
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="button button--secondary button--small" onClick={cancel()}>
              {t('common.cancel')}
            </button>
          )}
        </Show>
        <button
          type="submit"
          class="button button--primary button--small"
          disabled={blank() || sending()}
          data-testid="note-submit"
        >
          {sending() ? t('notes.sending') : t(props.submit)}
        </button>
      </div>
    </form>
  );
}
