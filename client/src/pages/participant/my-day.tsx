import { createMemo, For, Show } from 'solid-js';
import { myDay } from '../../../../shared/my-day';
import type { SlotTense } from '../../../../shared/now-next';
import { t } from '../../i18n';
import { formatTimeRange } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import type { AgendaModel } from './agenda-model';
import { MyCalendarLinks } from './calendar-links';

/**
 * My starred and hosted sessions in time order: where to go now and next, and which of them
 * run at the same time (I will have to pick one).
 */
export function MyDay(props: { model: AgendaModel }) {
  const session = useSession();
  const live = () => session.state.event?.phase === 'live';
  const entries = createMemo(() =>
    myDay({
      slots: session.state.slots,
      rooms: session.state.rooms,
      proposals: session.state.proposals,
      placements: session.state.placements,
      starred: session.me.starred,
      participantId: session.me.participant?.id ?? null,
      now: props.model.now(),
    }),
  );
  // As on the agenda: now and next only while the event runs; a closed event is history.
  const tense = (x: SlotTense): SlotTense => (live() || x === 'past' ? x : 'later');

  return (
    <section class="card my-day" aria-labelledby="my-day-title" data-testid="my-day">
      <h2 id="my-day-title" class="card__title">
        {t('myDay.title')}
      </h2>
      <Show when={entries().length > 0} fallback={<p class="empty-state">{t('myDay.empty')}</p>}>
        <ol class="my-day__list" role="list">
          <For each={entries()}>
            {(e) => (
              <li
                class={`my-day__item my-day__item--${tense(e.tense)}`}
                classList={{ 'has-clash': e.clash }}
                data-testid="my-day-item"
                data-proposal-id={e.proposal.id}
                data-tense={tense(e.tense)}
                data-clash={e.clash}
              >
                <p class="my-day__when">
                  <Show when={tense(e.tense) === 'now' || tense(e.tense) === 'next'}>
                    <span class={`agenda-tag agenda-tag--${tense(e.tense)}`}>
                      {tense(e.tense) === 'now' ? t('agendaView.now') : t('agendaView.next')}
                    </span>
                  </Show>
                  <time dateTime={e.slot.startsAt}>
                    {formatTimeRange(e.slot.startsAt, e.slot.endsAt, props.model.timeZone())}
                  </time>
                  <span class="my-day__room">{e.room.name}</span>
                </p>
                <p class="my-day__title">{e.proposal.title}</p>
                <Show when={e.hosting || e.clash}>
                  <p class="my-day__tags">
                    <Show when={e.hosting}>
                      <span class="my-day__tag">{t('myDay.hosting')}</span>
                    </Show>
                    <Show when={e.clash}>
                      <span class="my-day__tag my-day__tag--clash" data-testid="my-day-clash">
                        <span aria-hidden="true">⚠ </span>
                        {t('myDay.clash')}
                      </span>
                    </Show>
                  </p>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={session.me.calendarUrl}>{(url) => <MyCalendarLinks url={url()} />}</Show>
    </section>
  );
}
