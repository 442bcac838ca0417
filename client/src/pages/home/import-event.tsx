import { createSignal, Show } from 'solid-js';
import type { CreatedEvent } from '../../../../shared/schemas/event';
import { isApiError } from '../../api/http';
import { t } from '../../i18n';
import { showError } from '../../stores/toasts';
import { saveToken } from '../../stores/tokens';
import '../../styles/transfer.css';

/**
 * "Import an event": a new event from last year's export or a CSV of rooms and slots. Ends as
 * creating does: the key is kept on this device and the caller shows the new event's links.
 */
export function ImportEvent(props: { onCreated: (created: CreatedEvent) => void }) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  let input!: HTMLInputElement;

  const chosen = async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || busy()) return;
    setBusy(true);
    setProblem(null);
    try {
      const { importFile } = await import('./import-file');
      const result = await importFile(file);
      if (result.ok) {
        saveToken('admin', result.created.event.id, result.created.adminToken);
        props.onCreated(result.created);
      } else {
        setProblem(t('import.notJson', { name: file.name }));
      }
    } catch (err) {
      // A refused file: the server's message names the line or the field.
      if (isApiError(err) && err.code === 'bad_request') setProblem(err.message);
      else showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="import-event stack" aria-labelledby="import-title" data-testid="import-event">
      <div>
        <h2 id="import-title" class="import-event__title">
          {t('import.title')}
        </h2>
        <p class="card__lead">{t('import.lead')}</p>
      </div>
      <input
        ref={input}
        class="import-event__input"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        data-testid="import-file"
        tabIndex={-1}
        aria-hidden="true"
        onChange={() => void chosen()}
      />
      <button
        type="button"
        class="button button--secondary button--block"
        disabled={busy()}
        onClick={() => input.click()}
      >
        {busy() ? t('import.importing') : t('import.choose')}
      </button>
      <Show when={problem()}>
        {(text) => (
          <p class="callout import-event__problem" role="alert" data-testid="import-problem">
            <strong class="callout__title">{t('import.refused')}</strong>
            {text()}
          </p>
        )}
      </Show>
    </section>
  );
}
