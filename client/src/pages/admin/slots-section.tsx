import { createMemo, For, Show } from 'solid-js';
import type { SlotInput } from '../../../../shared/schemas/slot';
import { t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { groupSlotsByDay, todayIn } from '../../lib/slot-days';
import { useAdminSession } from '../../session/admin-session';
import { SlotForm } from './slot-form';
import { SlotGenerator } from './slot-generator';
import { SlotRow } from './slot-row';

export function SlotsSection() {
  const session = useAdminSession();
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const days = createMemo(() => groupSlotsByDay(session.state.slots, tz()));
  const defaultDate = () => session.state.event?.date ?? todayIn(tz());
  const add = async (input: SlotInput) => !!(await session.admin.addSlots([input]));
  const sessions = () => session.state.slots.filter((s) => s.kind === 'session').length;

  return (
    <section class="card stack" aria-labelledby="slots-title" data-testid="slots-section">
      <div class="section-head">
        <h2 id="slots-title" class="card__title">
          {t('slot.title')}
        </h2>
        <span class="section-head__meta">{t('slot.summary', { count: sessions(), tz: tz() })}</span>
      </div>
      <Show when={days().length > 0} fallback={<p class="empty-state">{t('slot.empty')}</p>}>
        <For each={days()}>
          {(day) => (
            <div class="day-group">
              <h3 class="day-group__title">{formatDate(day.date)}</h3>
              <ul class="rows" role="list">
                <For each={day.slots}>{(slot) => <SlotRow slot={slot} timeZone={tz()} />}</For>
              </ul>
            </div>
          )}
        </For>
      </Show>
      <details class="details subsection" open={session.state.slots.length === 0}>
        <summary class="details__summary">{t('generator.title')}</summary>
        <div class="details__body">
          <SlotGenerator defaultDate={defaultDate()} timeZone={tz()} />
        </div>
      </details>
      <details class="details subsection">
        <summary class="details__summary">{t('slot.addTitle')}</summary>
        <div class="details__body">
          <SlotForm defaultDate={defaultDate()} timeZone={tz()} onSubmit={add} />
        </div>
      </details>
    </section>
  );
}
