import { createEffect, For, on, Show } from 'solid-js';
import type { DoorSheet as Sheet } from '../../../../shared/door-sheets';
import { locale, t } from '../../i18n';
import { formatLongDate } from '../proceedings/proceedings-dates';
import { DoorSlotRow } from './door-slot-row';
import { fitSheet } from './sheet-fit';

/**
 * One room's door sheet, one A4 page: the room's name to read from a few metres, the event and
 * the day small, then the day's slots. On screen a scaled preview of the page; on paper the
 * page itself (doors.css).
 */
export function DoorSheet(props: {
  sheet: Sheet;
  eventName: string;
  joinCode: string;
  timeZone: string;
}) {
  let page!: HTMLElement;
  let content!: HTMLDivElement;
  // Fit once the fonts are in, and again when the language (so every text) changes.
  createEffect(on(locale, () => void document.fonts.ready.then(() => fitSheet(page, content))));
  const headingId = () => `door-${props.sheet.roomId}-${props.sheet.date}`;
  return (
    <div class="door-sheet-frame">
      <article
        ref={page}
        class="door-sheet"
        aria-labelledby={headingId()}
        data-testid="door-sheet"
        data-room-id={props.sheet.roomId}
        data-date={props.sheet.date}
      >
        <div ref={content} class="door-sheet__content">
          <header class="door-sheet__head">
            <h2 id={headingId()} class="door-sheet__room" data-testid="door-sheet-room">
              {props.sheet.room}
            </h2>
            <p class="door-sheet__event">
              {props.eventName}
              <span aria-hidden="true"> · </span>
              <span class="door-sheet__date">{formatLongDate(props.sheet.date, locale())}</span>
            </p>
          </header>
          <ol class="door-sheet__slots" role="list">
            <For each={props.sheet.slots}>
              {(slot) => (
                <DoorSlotRow slot={slot} joinCode={props.joinCode} timeZone={props.timeZone} />
              )}
            </For>
          </ol>
          <Show when={props.sheet.slots.some((slot) => slot.session)}>
            <p class="door-sheet__foot">{t('doors.scan')}</p>
          </Show>
        </div>
      </article>
    </div>
  );
}
