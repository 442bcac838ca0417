import { For, Show } from 'solid-js';
import { t } from '../../i18n';
import type { RoomsOnShow } from './grid-view';

/** Which rooms are up when they take turns: "Rooms 1–6 of 12 · page 1/2", and a dot a page. */
export function PageIndicator(props: { page: RoomsOnShow; rooms: number }) {
  return (
    <Show when={props.page.count > 1}>
      <p class="screen-pages" data-testid="screen-pages" data-page={props.page.number}>
        <span class="screen-pages__rooms">
          {t(props.page.first === props.page.last ? 'screen.roomPage' : 'screen.roomsPage', {
            first: props.page.first,
            last: props.page.last,
            count: props.rooms,
          })}
        </span>
        <span class="screen-pages__of">
          {' · '}
          {t('screen.pageOf', { number: props.page.number, pages: props.page.count })}
        </span>
        <span class="screen-pages__dots" aria-hidden="true">
          <For each={Array.from({ length: props.page.count }, (_, i) => i + 1)}>
            {(n) => <span classList={{ 'is-on': n === props.page.number }} />}
          </For>
        </span>
      </p>
    </Show>
  );
}
