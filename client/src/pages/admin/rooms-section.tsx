import { For, Show } from 'solid-js';
import type { RoomInput } from '../../../../shared/schemas/room';
import { t } from '../../i18n';
import { useAdminSession } from '../../session/admin-session';
import { RoomForm } from './room-form';
import { RoomRow } from './room-row';

export function RoomsSection() {
  const session = useAdminSession();
  const add = async (input: RoomInput) => !!(await session.admin.addRoom(input));
  const seats = () => session.state.rooms.reduce((sum, r) => sum + r.capacity, 0);
  return (
    <section class="card stack" aria-labelledby="rooms-title" data-testid="rooms-section">
      <div class="section-head">
        <h2 id="rooms-title" class="card__title">
          {t('room.title')}
        </h2>
        <span class="section-head__meta">
          {t('room.summary', { count: session.state.rooms.length, seats: seats() })}
        </span>
      </div>
      <Show
        when={session.state.rooms.length > 0}
        fallback={<p class="empty-state">{t('room.empty')}</p>}
      >
        <ul class="rows" role="list">
          <For each={session.state.rooms}>{(room) => <RoomRow room={room} />}</For>
        </ul>
      </Show>
      <div class="subsection">
        <h3 class="subsection__title">{t('room.addTitle')}</h3>
        <RoomForm onSubmit={add} />
      </div>
    </section>
  );
}
