import { createUniqueId, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t, type MessageKey } from '../../i18n';

export interface GeneratorValues {
  date: string;
  firstStart: string;
  lastEnd: string;
  sessionMinutes: string;
  breakMinutes: string;
  lunch: boolean;
  lunchStart: string;
  lunchEnd: string;
}

type TextKey = Exclude<keyof GeneratorValues, 'lunch'>;

export function GeneratorFields(props: {
  values: GeneratorValues;
  setValues: SetStoreFunction<GeneratorValues>;
}) {
  const id = createUniqueId();
  const input = (key: TextKey, label: MessageKey, type: 'date' | 'time' | 'number') => (
    <div class="field" classList={{ 'form-grid__full': type === 'date' }}>
      <label class="field__label" for={`${id}-${key}`}>
        {t(label)}
      </label>
      <input
        id={`${id}-${key}`}
        class="input"
        type={type}
        inputmode={type === 'number' ? 'numeric' : undefined}
        min={type === 'number' ? 0 : undefined}
        step={type === 'number' ? 5 : undefined}
        value={props.values[key]}
        onInput={(e) => props.setValues(key, e.currentTarget.value)}
      />
    </div>
  );

  return (
    <div class="form-grid">
      {input('date', 'slot.date', 'date')}
      {input('firstStart', 'generator.firstStart', 'time')}
      {input('lastEnd', 'generator.lastEnd', 'time')}
      {input('sessionMinutes', 'generator.session', 'number')}
      {input('breakMinutes', 'generator.break', 'number')}
      <label class="checkbox form-grid__full">
        <input
          type="checkbox"
          checked={props.values.lunch}
          onChange={(e) => props.setValues('lunch', e.currentTarget.checked)}
        />
        <span>{t('generator.lunch')}</span>
      </label>
      <Show when={props.values.lunch}>
        {input('lunchStart', 'generator.lunchStart', 'time')}
        {input('lunchEnd', 'generator.lunchEnd', 'time')}
      </Show>
    </div>
  );
}
