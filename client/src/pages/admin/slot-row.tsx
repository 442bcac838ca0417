import { createSignal, Show } from 'solid-js';
import type { Slot, SlotInput } from '../../../../shared/schemas/slot';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import { formatTimeRange, minutesBetween } from '../../i18n/format';
import { useAdminSession } from '../../session/admin-session';
import { SlotForm } from './slot-form';

export function SlotRow(props: { slot: Slot; timeZone: string }) {
  const session = useAdminSession();
  const [editing, setEditing] = createSignal(false);
  const save = async (input: SlotInput) => {
    const ok = !!(await session.admin.editSlot(props.slot.id, input));
    if (ok) setEditing(false);
    return ok;
  };
  const range = () => formatTimeRange(props.slot.startsAt, props.slot.endsAt, props.timeZone);
  const minutes = () => minutesBetween(props.slot.startsAt, props.slot.endsAt);
  return (
    <li
      class="row"
      classList={{ 'row--muted': props.slot.kind === 'break' }}
      data-testid="slot-row"
    >
      <Show
        when={editing()}
        fallback={
          <>
            <div class="row__main">
              <time class="row__title row__time">{range()}</time>
              <span class="row__meta row__meta--inline">
                <span class={`kind-badge kind-badge--${props.slot.kind}`}>
                  {t(`slotKind.${props.slot.kind}`)}
                </span>
                <Show when={props.slot.label} fallback={t('slot.minutes', { count: minutes() })}>
                  {props.slot.label}
                </Show>
              </span>
            </div>
            <div class="row__actions">
              <button
                type="button"
                class="button button--ghost button--small"
                onClick={() => setEditing(true)}
              >
                {t('common.edit')}
              </button>
              <ConfirmButton
                label={t('common.delete')}
                question={t('slot.confirmDelete', { time: range() })}
                onConfirm={() => session.admin.removeSlot(props.slot.id)}
              />
            </div>
          </>
        }
      >
        <SlotForm
          slot={props.slot}
          defaultDate=""
          timeZone={props.timeZone}
          onCancel={() => setEditing(false)}
          onSubmit={save}
        />
      </Show>
    </li>
  );
}
