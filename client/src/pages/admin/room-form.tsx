import { createSignal, createUniqueId, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Room, RoomInput } from '../../../../shared/schemas/room';
import { checkName, checkOptionalName } from '../../../../shared/text-input';
import { TextHint } from '../../components/text-hint';
import { t } from '../../i18n';

/** Name, seats and notes of a room: adds a new one, or edits `room` in place. */
export function RoomForm(props: {
  room?: Room;
  onSubmit: (input: RoomInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = createUniqueId();
  // The form starts from the room as it is now; later pushes do not overwrite typing.
  const [form, setForm] = createStore(
    untrack(() => ({
      name: props.room?.name ?? '',
      capacity: props.room ? String(props.room.capacity) : '',
      notes: props.room?.notes ?? '',
    })),
  );
  const [busy, setBusy] = createSignal(false);
  const capacity = () => Number(form.capacity);
  const name = () => checkName(form.name);
  const notes = () => checkOptionalName(form.notes);
  const valid = () => name().ok && notes().ok && Number.isInteger(capacity()) && capacity() >= 1;

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const [n, o] = [name(), notes()];
    if (!n.ok || !o.ok || !valid() || busy()) return;
    setBusy(true);
    const ok = await props.onSubmit({ name: n.value, capacity: capacity(), notes: o.value });
    setBusy(false);
    if (ok && !props.room) setForm({ name: '', capacity: '', notes: '' });
  };

  return (
    <form class="inline-form" onSubmit={submit} data-testid="room-form">
      <div class="field inline-form__grow">
        <label class="field__label" for={`${id}-name`}>
          {t('room.name')}
        </label>
        <input
          id={`${id}-name`}
          class="input"
          value={form.name}
          onInput={(e) => setForm('name', e.currentTarget.value)}
          maxLength={80}
          placeholder={t('room.namePlaceholder')}
          required
        />
        <TextHint check={name()} />
      </div>
      <div class="field inline-form__narrow">
        <label class="field__label" for={`${id}-capacity`}>
          {t('room.capacity')}
        </label>
        <input
          id={`${id}-capacity`}
          class="input"
          type="number"
          inputmode="numeric"
          min={1}
          value={form.capacity}
          onInput={(e) => setForm('capacity', e.currentTarget.value)}
          required
        />
      </div>
      <div class="field inline-form__grow">
        <label class="field__label" for={`${id}-notes`}>
          {t('room.notes')}
        </label>
        <input
          id={`${id}-notes`}
          class="input"
          value={form.notes}
          onInput={(e) => setForm('notes', e.currentTarget.value)}
          maxLength={200}
          placeholder={t('room.notesPlaceholder')}
        />
        <TextHint check={notes()} />
      </div>
      <div class="inline-form__actions">
        {props.onCancel && (
          <button type="button" class="button button--ghost" onClick={() => props.onCancel?.()}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" class="button button--primary" disabled={!valid() || busy()}>
          {props.room ? t('common.save') : t('room.add')}
        </button>
      </div>
    </form>
  );
}
