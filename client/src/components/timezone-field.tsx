import { createUniqueId, For } from 'solid-js';
import { t } from '../i18n';

const COMMON = [
  'Europe/Stockholm',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'UTC',
];

/** Every zone the browser knows, common Nordic ones first. */
function zoneList(): string[] {
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    // Older browsers: the short list will do.
  }
  return [...new Set([...COMMON, ...all])];
}

export const browserTimeZone = () =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Stockholm';

export function TimezoneField(props: { value: string; onChange: (value: string) => void }) {
  const id = createUniqueId();
  const zones = zoneList();
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {t('event.timezone')}
      </label>
      <input
        id={id}
        class="input"
        list={`${id}-zones`}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value.trim())}
        autocomplete="off"
        spellcheck={false}
        required
      />
      <datalist id={`${id}-zones`}>
        <For each={zones}>{(zone) => <option value={zone} />}</For>
      </datalist>
    </div>
  );
}
