import { createUniqueId, For } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { checkCalendarDate, FIRST_YEAR, LAST_YEAR } from '../../../shared/calendar';
import { LANGUAGES, type Language } from '../../../shared/languages';
import { checkName } from '../../../shared/text-input';
import { t } from '../i18n';
import { TextHint } from './text-hint';
import { TimezoneField } from './timezone-field';

export interface EventFieldValues {
  name: string;
  date: string;
  timezone: string;
  language: Language;
  dotsPerParticipant: number;
  maxDotsPerProposal: number;
  blindVoting: boolean;
}

const asNumber = (el: HTMLInputElement) => (el.value === '' ? Number.NaN : el.valueAsNumber);
const shown = (n: number) => (Number.isFinite(n) ? String(n) : '');

/** True when the server will take these: the same checks of name, day and numbers. */
export function eventFieldsAreValid(v: EventFieldValues): boolean {
  const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= 100;
  return (
    checkName(v.name).ok &&
    (v.date === '' || checkCalendarDate(v.date).ok) &&
    ok(v.dotsPerParticipant) &&
    ok(v.maxDotsPerProposal)
  );
}

/** The event's settings, shared by the create form and the facilitator's settings. */
export function EventFields(props: {
  values: EventFieldValues;
  setValues: SetStoreFunction<EventFieldValues>;
}) {
  const id = createUniqueId();
  return (
    <>
      <div class="field">
        <label class="field__label" for={`${id}-name`}>
          {t('event.name')}
        </label>
        <input
          id={`${id}-name`}
          class="input"
          value={props.values.name}
          onInput={(e) => props.setValues('name', e.currentTarget.value)}
          placeholder={t('event.namePlaceholder')}
          maxLength={120}
          required
          data-testid="event-name"
        />
        <TextHint check={checkName(props.values.name)} />
      </div>
      <div class="field-row">
        <div class="field">
          <label class="field__label" for={`${id}-date`}>
            {t('event.date')}
          </label>
          <input
            id={`${id}-date`}
            class="input"
            type="date"
            min={`${FIRST_YEAR}-01-01`}
            max={`${LAST_YEAR}-12-31`}
            value={props.values.date}
            onInput={(e) => props.setValues('date', e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="field__label" for={`${id}-lang`}>
            {t('event.language')}
          </label>
          <select
            id={`${id}-lang`}
            class="input"
            value={props.values.language}
            onChange={(e) => props.setValues('language', e.currentTarget.value as Language)}
          >
            <For each={LANGUAGES}>
              {(l) => <option value={l}>{t(l === 'sv' ? 'lang.sv' : 'lang.en')}</option>}
            </For>
          </select>
        </div>
      </div>
      <TimezoneField
        value={props.values.timezone}
        onChange={(tz) => props.setValues('timezone', tz)}
      />
      <div class="field-row">
        <div class="field">
          <label class="field__label" for={`${id}-dots`}>
            {t('event.dots')}
          </label>
          <input
            id={`${id}-dots`}
            class="input"
            type="number"
            inputmode="numeric"
            min={1}
            max={100}
            value={shown(props.values.dotsPerParticipant)}
            onInput={(e) => props.setValues('dotsPerParticipant', asNumber(e.currentTarget))}
            required
          />
        </div>
        <div class="field">
          <label class="field__label" for={`${id}-max`}>
            {t('event.maxDots')}
          </label>
          <input
            id={`${id}-max`}
            class="input"
            type="number"
            inputmode="numeric"
            min={1}
            max={100}
            value={shown(props.values.maxDotsPerProposal)}
            onInput={(e) => props.setValues('maxDotsPerProposal', asNumber(e.currentTarget))}
            required
          />
        </div>
      </div>
      <label class="switch">
        <input
          type="checkbox"
          class="switch__input"
          checked={props.values.blindVoting}
          onChange={(e) => props.setValues('blindVoting', e.currentTarget.checked)}
        />
        <span class="switch__track" aria-hidden="true" />
        <span class="switch__text">
          <span class="switch__label">{t('event.blind')}</span>
          <span class="field__hint">{t('event.blindHint')}</span>
        </span>
      </label>
    </>
  );
}
