import { createSignal, Show } from 'solid-js';
import type { Room, RoomInput } from '../../../../shared/schemas/room';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import { useAdminSession } from '../../session/admin-session';
import { RoomForm } from './room-form';

export function RoomRow(props: { room: Room }) {
  const session = useAdminSession();
  const [editing, setEditing] = createSignal(false);
  const save = async (input: RoomInput) => {
    const ok = !!(await session.admin.editRoom(props.room.id, input));
    if (ok) setEditing(false);
    return ok;
  };
  return (
    <li class="row" data-testid="room-row">
      <Show
        when={editing()}
        fallback={
          <>
            <div class="row__main">
              <span class="row__title">{props.room.name}</span>
              <span class="row__meta">
                {t('room.seats', { count: props.room.capacity })}
                <Show when={props.room.notes}>
                  <span class="row__notes"> · {props.room.notes}</span>
                </Show>
              </span>
            </div>
            <div class="row__actions">
              <button
                type="button"
                class="button button--ghost button--small"
                onClick={() => setEditing(true)}
              >
                {t('common.edit')}
              </button>
              <ConfirmButton
                label={t('common.delete')}
                question={t('room.confirmDelete', { name: props.room.name })}
                onConfirm={() => session.admin.removeRoom(props.room.id)}
              />
            </div>
          </>
        }
      >
        <RoomForm room={props.room} onCancel={() => setEditing(false)} onSubmit={save} />
      </Show>
    </li>
  );
}
