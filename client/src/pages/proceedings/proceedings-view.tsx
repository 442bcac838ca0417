import { createEffect, createMemo, For, onMount, Show } from 'solid-js';
import { proceedingsOf } from '../../../../shared/proceedings';
import type { Note } from '../../../../shared/schemas/note';
import type { Snapshot } from '../../../../shared/schemas/snapshot';
import { CenteredMessage } from '../../components/centered-message';
import { locale, t } from '../../i18n';
import { formatDateSpan, formatLongDate } from './proceedings-dates';
import { SlotSection } from './proceedings-slot';

/**
 * The day slot by slot, in time order, each slot's sessions in room order: the order the day
 * was lived in, and the one the phone's agenda opens with. (By room would read well for one
 * room's door but scatters a day: most readers ask "what ran at 10:30?".)
 */
export function ProceedingsView(props: { snapshot: Snapshot; notes: readonly Note[] }) {
  const event = () => props.snapshot.event;
  const proceedings = createMemo(() => proceedingsOf(props.snapshot, props.notes));
  const published = () => {
    const p = proceedings();
    return p.published ? p : null;
  };
  const days = () => published()?.days ?? [];
  const dates = () => {
    const d = days().map((day) => day.date);
    const date = event().date;
    return formatDateSpan(d.length > 0 ? d : date ? [date] : [], locale());
  };
  // The sessions are drawn only once the snapshot is in, after the browser looked for the
  // fragment's element: a link to a session (#session-<id>) is followed here.
  onMount(() => {
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) void document.fonts.ready.then(() => target.scrollIntoView({ block: 'start' }));
  });
  createEffect(() => {
    document.title = `${t('proceedings.pageTitle', { name: event().name })} · ${t('app.name')}`;
  });

  return (
    <main class="page proceedings" data-testid="proceedings">
      <header class="proceedings-head">
        <p class="proceedings-head__eyebrow">{t('proceedings.eyebrow')}</p>
        <h1 class="proceedings-head__name" data-testid="proceedings-name">
          {event().name}
        </h1>
        <Show when={dates()}>
          <p class="proceedings-head__date" data-testid="proceedings-date">
            {dates()}
          </p>
        </Show>
        <Show when={published()}>
          {(p) => (
            <div class="proceedings-head__row">
              <p class="proceedings-head__meta">
                {t('proceedings.sessions', { count: p().sessions })}{' '}
                {t('proceedings.rooms', { count: p().rooms })}
                <span aria-hidden="true"> · </span>
                {t('proceedings.timeZone', { zone: event().timezone })}
              </p>
              <button
                type="button"
                class="button button--secondary button--small proceedings-print"
                data-testid="proceedings-print"
                onClick={() => window.print()}
              >
                {t('proceedings.print')}
              </button>
            </div>
          )}
        </Show>
      </header>

      <Show
        when={published()}
        fallback={
          <section class="card proceedings-notice" data-testid="proceedings-unpublished">
            <CenteredMessage
              title={t('proceedings.notPublishedTitle')}
              body={t('proceedings.notPublished')}
            />
          </section>
        }
      >
        <Show
          when={days().length > 0}
          fallback={<p class="empty-state">{t('proceedings.empty')}</p>}
        >
          <For each={days()}>
            {(day) => (
              <section class="proceedings-day" aria-labelledby={`day-${day.date}`}>
                <h2
                  id={`day-${day.date}`}
                  class={days().length > 1 ? 'proceedings-day__title' : 'visually-hidden'}
                >
                  {formatLongDate(day.date, locale())}
                </h2>
                <For each={day.slots}>
                  {(slot) => (
                    <SlotSection
                      slot={slot}
                      timeZone={event().timezone}
                      joinCode={event().joinCode}
                    />
                  )}
                </For>
              </section>
            )}
          </For>
        </Show>
      </Show>
    </main>
  );
}
