import { For, Show } from 'solid-js';
import { t } from '../i18n';
import { formatTime } from '../i18n/format';
import type { MoveWatch } from './move-watch';
import { moveWords, wasWords } from './move-words';
import '../styles/move-notices.css';

/**
 * "Your session moved" on the phone: the open notices in a live region, so a screen reader
 * says them as they come, each until it is dismissed; then the last few, dismissed or not.
 */
export function MoveNotices(props: { watch: MoveWatch; timeZone: string }) {
  return (
    <>
      <div role="status" class="move-notices" data-testid="move-notices">
        <For each={props.watch.open()}>
          {(notice) => (
            <div class="move-notice" data-testid="move-notice" data-notice-id={notice.id}>
              <div class="move-notice__text">
                <p class="move-notice__words" id={`move-${notice.id}`}>
                  {moveWords(notice, props.timeZone)}
                </p>
                <Show when={wasWords(notice, props.timeZone)}>
                  {(was) => <p class="move-notice__was">{was()}</p>}
                </Show>
              </div>
              <button
                type="button"
                class="button button--secondary button--small move-notice__dismiss"
                aria-describedby={`move-${notice.id}`}
                onClick={() => props.watch.dismiss(notice.id)}
              >
                {t('moves.dismiss')}
              </button>
            </div>
          )}
        </For>
      </div>
      <Show when={props.watch.history().length > 0}>
        <details class="move-history" data-testid="move-history">
          <summary class="move-history__summary">
            {t('moves.history', { count: props.watch.history().length })}
          </summary>
          <ol class="move-history__list">
            <For each={props.watch.history()}>
              {(notice) => (
                <li class="move-history__item" data-testid="move-history-item">
                  <span class="move-history__at">
                    {t('moves.noticed', {
                      time: formatTime(new Date(notice.at).toISOString(), props.timeZone),
                    })}
                  </span>
                  <span>{moveWords(notice, props.timeZone)}</span>
                </li>
              )}
            </For>
          </ol>
        </details>
      </Show>
    </>
  );
}
