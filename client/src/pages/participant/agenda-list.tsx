import { createMemo, For, Show } from 'solid-js';
import { sessionsInSlot } from '../../../../shared/agenda';
import type { Slot } from '../../../../shared/schemas/slot';
import { formatDate, formatTime } from '../../i18n/format';
import { t } from '../../i18n';
import { groupSlotsByDay } from '../../lib/slot-days';
import type { SlotTense } from '../../../../shared/now-next';
import { useSession } from '../../session/session-context';
import { AgendaItem } from './agenda-item';
import type { AgendaModel } from './agenda-model';

/** The time of a row of the agenda, with "Now"/"Next" in words when it applies. */
export function AgendaTime(props: { slot: Slot; tense: SlotTense; timeZone: string }) {
  return (
    <div class="agenda-time">
      <Show when={props.tense === 'now' || props.tense === 'next'}>
        <span class={`agenda-tag agenda-tag--${props.tense}`}>
          {props.tense === 'now' ? t('agendaView.now') : t('agendaView.next')}
        </span>
      </Show>
      <time class="agenda-time__start" dateTime={props.slot.startsAt}>
        {formatTime(props.slot.startsAt, props.timeZone)}
      </time>
      <time class="agenda-time__end" dateTime={props.slot.endsAt}>
        {formatTime(props.slot.endsAt, props.timeZone)}
      </time>
    </div>
  );
}

/** The published agenda slot by slot, every room's session in it; breaks in between. */
export function AgendaList(props: { model: AgendaModel }) {
  const session = useSession();
  const days = createMemo(() => groupSlotsByDay(session.state.slots, props.model.timeZone()));
  const sessionsOf = (slot: Slot) =>
    sessionsInSlot(slot.id, session.state.rooms, props.model.index());

  return (
    <For each={days()}>
      {(day) => (
        <div class="agenda-day">
          <Show when={days().length > 1}>
            <h3 class="agenda-day__title">{formatDate(day.date)}</h3>
          </Show>
          <ol class="agenda-rows" role="list">
            <For each={day.slots}>
              {(slot) => (
                <Show when={slot.kind !== 'session' || sessionsOf(slot).length > 0}>
                  <li
                    class={`agenda-row agenda-row--${props.model.tense(slot)} agenda-row--${slot.kind}`}
                    data-testid="agenda-slot"
                    data-slot-id={slot.id}
                    data-tense={props.model.tense(slot)}
                  >
                    <AgendaTime
                      slot={slot}
                      tense={props.model.tense(slot)}
                      timeZone={props.model.timeZone()}
                    />
                    <Show
                      when={slot.kind === 'session'}
                      fallback={
                        <p class="agenda-break">{slot.label || t(`slotKind.${slot.kind}`)}</p>
                      }
                    >
                      <ul class="agenda-items" role="list">
                        <For each={sessionsOf(slot)}>
                          {(s) => (
                            <AgendaItem
                              proposal={s.proposal}
                              place={s.room.name}
                              voted={props.model.voted(s.proposal.id)}
                              fresh={props.model.fresh(s.proposal.id)}
                              star={props.model.star(s.proposal.id)}
                              notesHref={props.model.notesHref(s.proposal.id)}
                            />
                          )}
                        </For>
                      </ul>
                    </Show>
                  </li>
                </Show>
              )}
            </For>
          </ol>
        </div>
      )}
    </For>
  );
}
