import { For, Show } from 'solid-js';
import type { ProceedingsSlot } from '../../../../shared/proceedings';
import { t } from '../../i18n';
import { formatTime } from '../../i18n/format';
import { ProceedingsSession } from './proceedings-session';

/** One time slot: its time as a heading, then its sessions (a plenary has none). */
export function SlotSection(props: { slot: ProceedingsSlot; timeZone: string; joinCode: string }) {
  const plenary = () => (props.slot.kind === 'plenary' ? props.slot : null);
  return (
    <section
      class="proceedings-slot"
      classList={{ 'proceedings-slot--plenary': !!plenary() }}
      data-testid="proceedings-slot"
      data-slot-id={props.slot.id}
    >
      <h3 class="proceedings-slot__time" data-testid="proceedings-slot-time">
        <span class="proceedings-slot__when">
          <time dateTime={props.slot.startsAt}>
            {formatTime(props.slot.startsAt, props.timeZone)}
          </time>
          –<time dateTime={props.slot.endsAt}>{formatTime(props.slot.endsAt, props.timeZone)}</time>
        </span>
        <Show when={plenary()}>
          {(p) => (
            <span class="proceedings-slot__plenary">{p().label || t('slotKind.plenary')}</span>
          )}
        </Show>
      </h3>
      <Show when={props.slot.sessions.length > 0}>
        <ul class="proceedings-sessions" role="list">
          <For each={props.slot.sessions}>
            {(session) => <ProceedingsSession session={session} joinCode={props.joinCode} />}
          </For>
        </ul>
      </Show>
    </section>
  );
}
