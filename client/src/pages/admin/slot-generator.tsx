import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { checkCalendarDate } from '../../../../shared/calendar';
import { planDay, type DayPlanResult } from '../../../../shared/day-plan';
import { t } from '../../i18n';
import { formatTimeRange } from '../../i18n/format';
import { useAdminSession } from '../../session/admin-session';
import { showSuccess } from '../../stores/toasts';
import { GeneratorFields, type GeneratorValues } from './generator-fields';

/** "09:30–16:00, 45-minute sessions, 15-minute breaks, lunch 12–13" → a preview → slots. */
export function SlotGenerator(props: { defaultDate: string; timeZone: string }) {
  const session = useAdminSession();
  const id = createUniqueId();
  const [form, setForm] = createStore<GeneratorValues>({
    date: props.defaultDate,
    firstStart: '09:30',
    lastEnd: '16:00',
    sessionMinutes: '45',
    breakMinutes: '15',
    lunch: true,
    lunchStart: '12:00',
    lunchEnd: '13:00',
  });
  const [busy, setBusy] = createSignal(false);

  const plan = createMemo((): DayPlanResult | { ok: false; reason: 'no_date' } => {
    if (!checkCalendarDate(form.date).ok) return { ok: false, reason: 'no_date' };
    return planDay({
      date: form.date,
      timezone: props.timeZone,
      firstStart: form.firstStart,
      lastEnd: form.lastEnd,
      sessionMinutes: Number(form.sessionMinutes),
      breakMinutes: Number(form.breakMinutes),
      lunch: form.lunch ? { start: form.lunchStart, end: form.lunchEnd } : null,
      lunchLabel: t('slot.lunch'),
    });
  });
  const problem = () => {
    const p = plan();
    return p.ok ? 'empty_day' : p.reason;
  };
  const slots = () => {
    const p = plan();
    return p.ok ? p.slots : [];
  };
  const clashes = () =>
    slots().filter((s) =>
      session.state.slots.some((e) => s.startsAt < e.endsAt && e.startsAt < s.endsAt),
    ).length;

  const add = async () => {
    if (slots().length === 0 || busy()) return;
    setBusy(true);
    const created = await session.admin.addSlots(slots());
    setBusy(false);
    if (created) showSuccess('slot.generated');
  };

  return (
    <div class="generator stack" data-testid="slot-generator">
      <GeneratorFields values={form} setValues={setForm} />
      <div class="generator__preview" aria-live="polite" id={`${id}-preview`}>
        <Show
          when={slots().length > 0}
          fallback={<p class="field__hint field__hint--error">{t(`generator.${problem()}`)}</p>}
        >
          <p class="generator__summary">
            {t('generator.preview', { count: slots().filter((s) => s.kind === 'session').length })}
          </p>
          <ol class="preview-list" role="list" data-testid="slot-preview">
            <For each={slots()}>
              {(slot) => (
                <li
                  class="preview-list__item"
                  classList={{ 'preview-list__item--break': slot.kind !== 'session' }}
                >
                  <time>{formatTimeRange(slot.startsAt, slot.endsAt, props.timeZone)}</time>
                  <Show when={slot.label}>
                    <span class="preview-list__label">{slot.label}</span>
                  </Show>
                </li>
              )}
            </For>
          </ol>
          <Show when={clashes() > 0}>
            <p class="field__hint field__hint--warning">
              {t('generator.clashes', { count: clashes() })}
            </p>
          </Show>
        </Show>
      </div>
      <button
        type="button"
        class="button button--primary"
        disabled={slots().length === 0 || busy()}
        onClick={() => void add()}
        data-testid="generator-add"
      >
        {t('generator.add', { count: slots().length })}
      </button>
    </div>
  );
}
