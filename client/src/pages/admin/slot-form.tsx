import { createSignal, createUniqueId, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Slot, SlotInput } from '../../../../shared/schemas/slot';
import { checkSlotTimes, FIRST_YEAR, LAST_YEAR } from '../../../../shared/calendar';
import { SLOT_KINDS, type SlotKind } from '../../../../shared/slot-kinds';
import { checkOptionalName } from '../../../../shared/text-input';
import { zonedDate } from '../../../../shared/zoned-time';
import { TextHint } from '../../components/text-hint';
import { t } from '../../i18n';
import { zonedIso, zonedTimeOfDay } from '../../lib/slot-days';

/** One slot's day, start, end, kind and label, on the event's wall clock. */
export function SlotForm(props: {
  slot?: Slot;
  defaultDate: string;
  timeZone: string;
  onSubmit: (input: SlotInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = createUniqueId();
  const [form, setForm] = createStore(
    untrack(() => {
      const slot = props.slot;
      const tz = props.timeZone;
      return {
        date: slot ? zonedDate(Date.parse(slot.startsAt), tz) : props.defaultDate,
        start: slot ? zonedTimeOfDay(slot.startsAt, tz) : '09:00',
        end: slot ? zonedTimeOfDay(slot.endsAt, tz) : '09:45',
        kind: slot?.kind ?? ('session' as SlotKind),
        label: slot?.label ?? '',
      };
    }),
  );
  const [busy, setBusy] = createSignal(false);
  const times = () => {
    const startsAt = zonedIso(form.date, form.start, props.timeZone);
    const endsAt = zonedIso(form.date, form.end, props.timeZone);
    if (!startsAt || !endsAt) return null;
    return { startsAt, endsAt, check: checkSlotTimes(Date.parse(startsAt), Date.parse(endsAt)) };
  };
  const range = () => {
    const r = times();
    return r?.check.ok ? { startsAt: r.startsAt, endsAt: r.endsAt } : null;
  };
  // A day outside the years allowed is the date field's to say (its min and max).
  const endsTooEarly = () => {
    const check = times()?.check;
    return check !== undefined && !check.ok && check.problem === 'not_after_start';
  };
  const label = () => checkOptionalName(form.label);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const [r, l] = [range(), label()];
    if (!r || !l.ok || busy()) return;
    setBusy(true);
    await props.onSubmit({ ...r, kind: form.kind, label: l.value });
    setBusy(false);
  };

  return (
    <form class="inline-form" onSubmit={submit} data-testid="slot-form">
      <div class="field inline-form__date">
        <label class="field__label" for={`${id}-date`}>
          {t('slot.date')}
        </label>
        <input
          id={`${id}-date`}
          class="input"
          type="date"
          min={`${FIRST_YEAR}-01-01`}
          max={`${LAST_YEAR}-12-31`}
          value={form.date}
          onInput={(e) => setForm('date', e.currentTarget.value)}
          required
        />
      </div>
      <div class="field inline-form__time">
        <label class="field__label" for={`${id}-start`}>
          {t('slot.start')}
        </label>
        <input
          id={`${id}-start`}
          class="input"
          type="time"
          value={form.start}
          onInput={(e) => setForm('start', e.currentTarget.value)}
          required
        />
      </div>
      <div class="field inline-form__time">
        <label class="field__label" for={`${id}-end`}>
          {t('slot.end')}
        </label>
        <input
          id={`${id}-end`}
          class="input"
          type="time"
          value={form.end}
          onInput={(e) => setForm('end', e.currentTarget.value)}
          required
        />
      </div>
      <div class="field inline-form__narrow">
        <label class="field__label" for={`${id}-kind`}>
          {t('slot.kind')}
        </label>
        <select
          id={`${id}-kind`}
          class="input"
          value={form.kind}
          onChange={(e) => setForm('kind', e.currentTarget.value as SlotKind)}
        >
          <For each={SLOT_KINDS}>
            {(kind) => <option value={kind}>{t(`slotKind.${kind}`)}</option>}
          </For>
        </select>
      </div>
      <div class="field inline-form__grow">
        <label class="field__label" for={`${id}-label`}>
          {t('slot.label')}
        </label>
        <input
          id={`${id}-label`}
          class="input"
          value={form.label}
          onInput={(e) => setForm('label', e.currentTarget.value)}
          maxLength={80}
          placeholder={t('slot.labelPlaceholder')}
        />
        <TextHint check={label()} />
      </div>
      <Show when={endsTooEarly()}>
        <p class="field__hint field__hint--error inline-form__full">{t('slot.badRange')}</p>
      </Show>
      <div class="inline-form__actions">
        <Show when={props.onCancel}>
          <button type="button" class="button button--ghost" onClick={() => props.onCancel?.()}>
            {t('common.cancel')}
          </button>
        </Show>
        <button
          type="submit"
          class="button button--primary"
          disabled={!range() || !label().ok || busy()}
        >
          {props.slot ? t('common.save') : t('slot.add')}
        </button>
      </div>
    </form>
  );
}
