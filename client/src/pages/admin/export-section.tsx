import { createSignal, For, Show } from 'solid-js';
import { downloadWithToken } from '../../api/download';
import { t, type MessageKey } from '../../i18n';
import { attempt } from '../../session/attempt';
import { useAdminSession } from '../../session/admin-session';
import '../../styles/transfer.css';

const FILES: { file: string; title: MessageKey; hint: MessageKey; testId: string }[] = [
  { file: 'export.json', title: 'export.json', hint: 'export.jsonHint', testId: 'export-json' },
  { file: 'export.csv', title: 'export.csv', hint: 'export.csvHint', testId: 'export-csv' },
  {
    file: 'schedule.frab.json',
    title: 'export.frab',
    hint: 'export.frabHint',
    testId: 'export-frab',
  },
  { file: 'calendar.ics', title: 'export.ics', hint: 'export.icsHint', testId: 'export-ics' },
];

/** The public pages made from the agenda, opened in a new tab to read, share or print. */
const PAGES: { path: string; title: MessageKey; hint: MessageKey; testId: string }[] = [
  {
    path: 'proceedings',
    title: 'export.proceedings',
    hint: 'export.proceedingsHint',
    testId: 'export-proceedings',
  },
  { path: 'doors', title: 'export.doors', hint: 'export.doorsHint', testId: 'export-doors' },
];

/**
 * The facilitators' downloads: the whole event, the sessions for a spreadsheet, the schedule for
 * apps and calendars; and the proceedings and door sheets, public pages to read or print.
 */
export function ExportSection() {
  const session = useAdminSession();
  const [busy, setBusy] = createSignal<string | null>(null);
  const download = async (file: string) => {
    const event = session.state.event;
    if (!event || !session.adminToken || busy()) return;
    setBusy(file);
    const token = session.adminToken;
    await attempt(() =>
      downloadWithToken(`/api/events/${encodeURIComponent(event.id)}/${file}`, token, file),
    );
    setBusy(null);
  };
  return (
    <section class="card stack" aria-labelledby="export-title" data-testid="export-section">
      <div>
        <h2 id="export-title" class="card__title">
          {t('export.title')}
        </h2>
        <p class="card__lead">{t('export.lead')}</p>
      </div>
      <ul class="transfer-list" role="list">
        <For each={FILES}>
          {(f) => (
            <li class="transfer-list__item">
              <button
                type="button"
                class="button button--secondary button--small transfer-list__button"
                data-testid={f.testId}
                disabled={busy() !== null}
                onClick={() => void download(f.file)}
              >
                <Show when={busy() === f.file} fallback={t(f.title)}>
                  {t('export.downloading')}
                </Show>
              </button>
              <span class="field__hint">{t(f.hint)}</span>
            </li>
          )}
        </For>
        <Show when={session.state.event?.joinCode}>
          {(code) => (
            <For each={PAGES}>
              {(p) => (
                <li class="transfer-list__item">
                  <a
                    class="button button--secondary button--small transfer-list__button"
                    href={`/${p.path}/${encodeURIComponent(code())}`}
                    target="_blank"
                    rel="noopener"
                    data-testid={p.testId}
                  >
                    {t(p.title)}
                  </a>
                  <span class="field__hint">{t(p.hint)}</span>
                </li>
              )}
            </For>
          )}
        </Show>
      </ul>
    </section>
  );
}
