import { createMemo, For, Show } from 'solid-js';
import { cellKey } from '../../../../shared/agenda';
import type { Room } from '../../../../shared/schemas/room';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { AgendaItem } from './agenda-item';
import { AgendaTime } from './agenda-list';
import type { AgendaModel } from './agenda-model';

/** The agenda room by room: where to stay if you like a room, and what comes next in it. */
export function AgendaByRoom(props: { model: AgendaModel }) {
  const session = useSession();
  const slots = createMemo(() =>
    [...session.state.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  );
  const used = (room: Room) => slots().some((s) => props.model.index().has(cellKey(s.id, room.id)));

  return (
    <div class="agenda-rooms">
      <For each={session.state.rooms}>
        {(room) => (
          <Show when={used(room)}>
            <section class="agenda-room" data-testid="agenda-room" data-room-id={room.id}>
              <h3 class="agenda-room__name">
                {room.name}
                <Show when={room.notes}>
                  <span class="agenda-room__notes">{room.notes}</span>
                </Show>
              </h3>
              <ol class="agenda-rows" role="list">
                <For each={slots()}>
                  {(slot) => {
                    const proposal = () => props.model.index().get(cellKey(slot.id, room.id));
                    return (
                      <Show when={slot.kind !== 'session' || proposal()}>
                        <li
                          class={`agenda-row agenda-row--${props.model.tense(slot)} agenda-row--${slot.kind}`}
                          data-tense={props.model.tense(slot)}
                        >
                          <AgendaTime
                            slot={slot}
                            tense={props.model.tense(slot)}
                            timeZone={props.model.timeZone()}
                          />
                          <Show
                            when={proposal()}
                            fallback={
                              <p class="agenda-break">{slot.label || t(`slotKind.${slot.kind}`)}</p>
                            }
                          >
                            {(p) => (
                              <ul class="agenda-items" role="list">
                                <AgendaItem
                                  proposal={p()}
                                  voted={props.model.voted(p().id)}
                                  fresh={props.model.fresh(p().id)}
                                  star={props.model.star(p().id)}
                                  notesHref={props.model.notesHref(p().id)}
                                />
                              </ul>
                            )}
                          </Show>
                        </li>
                      </Show>
                    );
                  }}
                </For>
              </ol>
            </section>
          </Show>
        )}
      </For>
    </div>
  );
}
