import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { forgetEvent, listMyEvents, type MyEvent } from '../../stores/my-events';
import '../../styles/my-events.css';

const pathOf = (e: MyEvent) =>
  e.kind === 'admin'
    ? `/admin/${encodeURIComponent(e.eventId)}`
    : `/e/${encodeURIComponent(e.eventId)}`;

/** The events this browser created or joined, the latest first: the way back to them. */
export function MyEvents() {
  const [events, setEvents] = createSignal(listMyEvents());
  const forget = (e: MyEvent) => {
    forgetEvent(e.kind, e.eventId);
    setEvents(listMyEvents());
  };
  return (
    <Show when={events().length > 0}>
      <section class="card my-events" aria-labelledby="my-events-title" data-testid="my-events">
        <h2 id="my-events-title" class="card__title">
          {t('myEvents.title')}
        </h2>
        <ul class="my-events__list" role="list">
          <For each={events()}>
            {(e) => (
              <li class="my-events__item" data-testid="my-event" data-event-id={e.eventId}>
                <A class="my-events__link" href={pathOf(e)}>
                  <span class="my-events__name">{e.name ?? t('myEvents.unnamed')}</span>
                  <span class="my-events__meta">
                    <span class={`my-events__role my-events__role--${e.kind}`}>
                      {t(e.kind === 'admin' ? 'myEvents.admin' : 'myEvents.participant')}
                    </span>
                    <Show when={e.date}>{(date) => <span>{formatDate(date())}</span>}</Show>
                  </span>
                </A>
                <ConfirmButton
                  label={t('myEvents.forget')}
                  question={t(
                    e.kind === 'admin' ? 'myEvents.forgetAdmin' : 'myEvents.forgetParticipant',
                  )}
                  onConfirm={() => forget(e)}
                />
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
