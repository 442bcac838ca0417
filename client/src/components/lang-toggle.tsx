import { For } from 'solid-js';
import { LOCALES, locale, setLocale, t } from '../i18n';

export function LangToggle() {
  return (
    <div class="lang-toggle" role="group" aria-label={t('lang.label')}>
      <For each={LOCALES}>
        {(l) => (
          <button
            type="button"
            class="lang-toggle__option"
            aria-pressed={locale() === l}
            lang={l}
            title={t(l === 'sv' ? 'lang.sv' : 'lang.en')}
            onClick={() => setLocale(l)}
          >
            {t(l === 'sv' ? 'lang.svShort' : 'lang.enShort')}
          </button>
        )}
      </For>
    </div>
  );
}
