import { createEffect, createMemo, For, Show } from 'solid-js';
import { doorSheetsOf } from '../../../../shared/door-sheets';
import type { Snapshot } from '../../../../shared/schemas/snapshot';
import { CenteredMessage } from '../../components/centered-message';
import { t } from '../../i18n';
import { DoorSheet } from './door-sheet';

/**
 * The door sheets on screen: what they are and a Print button (neither printed), then every
 * sheet as a page-like card, in the order they print: day by day, rooms in grid order.
 */
export function DoorsView(props: { snapshot: Snapshot }) {
  const event = () => props.snapshot.event;
  const sheets = createMemo(() => {
    const doors = doorSheetsOf(props.snapshot);
    return doors.published ? doors.sheets : null;
  });
  createEffect(() => {
    document.title = `${t('doors.pageTitle', { name: event().name })} · ${t('app.name')}`;
  });

  return (
    <main class="page doors" data-testid="doors">
      <header class="doors-head">
        <p class="eyebrow">{t('doors.eyebrow')}</p>
        <h1 class="doors-head__name" data-testid="doors-name">
          {event().name}
        </h1>
        <Show when={sheets()?.length}>
          {(count) => (
            <div class="doors-head__row">
              <p class="doors-head__hint" data-testid="doors-hint">
                <strong>{t('doors.count', { count: count() })}.</strong> {t('doors.hint')}
              </p>
              <button
                type="button"
                class="button button--primary doors-print"
                data-testid="doors-print"
                onClick={() => window.print()}
              >
                {t('doors.print')}
              </button>
            </div>
          )}
        </Show>
      </header>

      <Show
        when={sheets()}
        fallback={
          <section class="card doors-notice" data-testid="doors-unpublished">
            <CenteredMessage title={t('doors.notPublishedTitle')} body={t('doors.notPublished')} />
          </section>
        }
      >
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty-state">{t('doors.empty')}</p>}>
            <div class="doors-sheets">
              <For each={list()}>
                {(sheet) => (
                  <DoorSheet
                    sheet={sheet}
                    eventName={event().name}
                    joinCode={event().joinCode}
                    timeZone={event().timezone}
                  />
                )}
              </For>
            </div>
          </Show>
        )}
      </Show>
    </main>
  );
}
